import { randomBytes } from "node:crypto";

// Where the end-to-end run puts things. One host name, `localhost`, everywhere: Auth.js sees
// `localhost` in route handlers, and a 127.0.0.1 redirect URI would fail the code exchange.

export const APP_PORT = 3100;
export const APP_URL = `http://localhost:${APP_PORT}`;
export const IDP_PORT = 3102;
export const IDP_ISSUER = `http://localhost:${IDP_PORT}`;
export const IDP_CLIENT = {
  client_id: "integration-hub-e2e",
  // Not a secret: the local IdP exists only for the length of the test run.
  client_secret: "integration-hub-e2e-local-idp",
  client_name: "Integration Hub (e2e)",
  redirect_uris: [`${APP_URL}/api/auth/callback/oidc`],
};
export const IDP_BUTTON_NAME = "Local";
export const CALCOM_FAKE_URL = "http://127.0.0.1:4010";
export const RETELL_FAKE_URL = "http://127.0.0.1:4011";
export const INNGEST_HARNESS_PORT = 3104;
export const INNGEST_HARNESS_URL = `http://localhost:${INNGEST_HARNESS_PORT}`;

/**
 * Background jobs run in the e2e run only on a Postgres the app and the Inngest stand-in share;
 * an embedded database lives inside the app's process. Without it, jobs stay in the outbox and
 * the tests check that the UI says so.
 */
export const BACKGROUND_JOBS_RUN = Boolean(process.env.DATABASE_URL);

/** Sign-in providers the app would also show if a developer's .env.local configured them. */
const OTHER_PROVIDER_VARS = [
  "AUTH_GITHUB_ID",
  "AUTH_GITHUB_SECRET",
  "AUTH_GOOGLE_ID",
  "AUTH_GOOGLE_SECRET",
  "AUTH_MICROSOFT_ENTRA_ID_ID",
  "AUTH_MICROSOFT_ENTRA_ID_SECRET",
  "AUTH_MICROSOFT_ENTRA_ID_ISSUER",
];

export function randomEncryptionKeys(): string {
  return `e2e:${randomBytes(32).toString("base64")}`;
}

/**
 * The environment of the production server under test. Every variable lib/env.ts reads is set
 * here, if only to "", because Next fills unset variables from .env.local even under
 * `next start`; an empty one keeps a developer's own database or providers out of the test.
 */
export function appEnv(database: { url: string } | { pgliteDir: string }): NodeJS.ProcessEnv {
  const inherited = process.env;
  return {
    ...inherited,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_URL: APP_URL,
    AUTH_TRUST_HOST: "true",
    AUTH_SECRET: randomBytes(32).toString("base64"),
    ENCRYPTION_KEYS: randomEncryptionKeys(),
    ENCRYPTION_KEY_CURRENT: "",
    AUTH_OIDC_ISSUER: IDP_ISSUER,
    AUTH_OIDC_ID: IDP_CLIENT.client_id,
    AUTH_OIDC_SECRET: IDP_CLIENT.client_secret,
    AUTH_OIDC_NAME: IDP_BUTTON_NAME,
    ...Object.fromEntries(OTHER_PROVIDER_VARS.map((name) => [name, ""])),
    DATABASE_URL: "url" in database ? database.url : "",
    PGLITE_DIR: "pgliteDir" in database ? database.pgliteDir : "",
    // Redis only when the run itself provides it (CI sets REDIS_URL).
    REDIS_URL: inherited.REDIS_URL ?? "",
    // Events go to the Inngest stand-in (e2e/inngest-harness); when it is not running, sending
    // fails as it would with Inngest down.
    INNGEST_EVENT_KEY: "",
    INNGEST_SIGNING_KEY: "",
    INNGEST_DEV: INNGEST_HARNESS_URL,
    INNGEST_BASE_URL: "",
    // The provider base URLs are pointed at the local fakes.
    ALLOW_CUSTOM_BASE_URLS: "true",
    // Short provider timeouts, so the "provider hangs" tests do not wait 4 x 10 s.
    PROVIDER_TIMEOUT_MS: "2000",
    PROVIDER_MAX_RETRIES: "1",
  };
}

/** For `next build` when the global setup has to build: production mode, throwaway secrets. */
export function buildEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_URL: APP_URL,
    AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64"),
    ENCRYPTION_KEYS: process.env.ENCRYPTION_KEYS || randomEncryptionKeys(),
  };
}
