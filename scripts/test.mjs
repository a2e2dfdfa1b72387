// `npm test`: lint, types, unit tests, production build, end-to-end tests, in that order,
// stopping at the first failure, whose exit code becomes ours. One summary line per step.
// With DATABASE_URL set (as .ci/run does), Vitest and Playwright each create fresh databases on
// that server; without it they use embedded PGlite.

import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

if (!existsSync(path.join(ROOT, "node_modules"))) {
  console.log("[test] node_modules is missing; running npm ci");
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The build the end-to-end tests run against: production mode with throwaway secrets. Pages that
// depend on the sign-in configuration render per request, so the build needs none of it; the
// Playwright global setup hands the server its real test environment.
const buildEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_URL: "http://localhost:3100",
  AUTH_TRUST_HOST: "true",
  AUTH_SECRET: randomBytes(32).toString("base64"),
  ENCRYPTION_KEYS: `e2e:${randomBytes(32).toString("base64")}`,
};

const steps = [
  { name: "lint", command: bin("eslint"), args: ["."] },
  { name: "types", command: bin("tsc"), args: ["--noEmit"] },
  { name: "unit", command: bin("vitest"), args: ["run"] },
  { name: "build", command: bin("next"), args: ["build"], env: buildEnv },
  { name: "e2e", command: bin("playwright"), args: ["test"] },
];

let current;
for (const signal of ["SIGINT", "SIGTERM"]) {
  // The child gets Ctrl-C from the terminal itself; pass on a SIGTERM from elsewhere, then wait for it.
  process.on(signal, () => current?.kill(signal));
}

function runStep(step) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { cwd: ROOT, env: step.env ?? process.env, stdio: "inherit" });
    current = child;
    child.once("error", (error) => {
      console.error(`[test] could not start ${step.command}: ${error.message}`);
      resolve({ code: 127 });
    });
    child.once("exit", (code, signal) => resolve({ code: code ?? 128 + (signal === "SIGINT" ? 2 : 15), signal }));
  });
}

const summary = [];
let failure = 0;
for (const step of steps) {
  const label = `${step.name} (${path.basename(step.command)} ${step.args.join(" ")})`;
  console.log(`\n[test] ▶ ${label}`);
  const started = Date.now();
  const { code, signal } = await runStep(step);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const line = code === 0 ? `✓ ${label} passed in ${seconds}s` : `✗ ${label} failed (${signal ?? `exit ${code}`}) after ${seconds}s`;
  summary.push(line);
  console.log(`[test] ${line}`);
  if (code !== 0) {
    failure = code;
    break;
  }
}

for (const step of steps.slice(summary.length)) summary.push(`- ${step.name} skipped`);
console.log(`\n[test] summary\n${summary.map((line) => `  ${line}`).join("\n")}`);
process.exit(failure);
