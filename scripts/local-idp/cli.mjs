#!/usr/bin/env node
// node scripts/local-idp/cli.mjs --port 3101 --client-id hub-dev --client-secret s3cret \
//   --redirect-uri http://localhost:3000/api/auth/callback/oidc [--issuer http://localhost:3101]

import { parseArgs } from "node:util";
import { startLocalIdp } from "./index.mjs";

const usage = `Usage: node scripts/local-idp/cli.mjs --port <n> --client-id <id> --client-secret <secret>
       --redirect-uri <url> [--redirect-uri <url> ...] [--issuer <url>]`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string", default: "3101" },
      issuer: { type: "string" },
      "client-id": { type: "string" },
      "client-secret": { type: "string" },
      "redirect-uri": { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const port = Number(values.port);
const clientId = values["client-id"];
const clientSecret = values["client-secret"];
const redirectUris = values["redirect-uri"] ?? [];
if (!Number.isInteger(port) || port <= 0 || !clientId || !clientSecret || redirectUris.length === 0) {
  console.error(usage);
  process.exit(2);
}

const idp = await startLocalIdp({
  port,
  issuer: values.issuer,
  clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris }],
  log: (line) => console.log(line),
});

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    idp.close().then(() => process.exit(0));
  });
}
