import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache } from "./env";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

function setEnv(values: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
}

describe("environment", () => {
  it("runs with nothing configured outside production: embedded database, no Redis", () => {
    setEnv({ NODE_ENV: "development", DATABASE_URL: undefined, REDIS_URL: undefined, AUTH_SECRET: undefined });
    const e = env();
    expect(e).toMatchObject({ NODE_ENV: "development", PGLITE_DIR: ".data/pglite" });
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.REDIS_URL).toBeUndefined();
  });

  it("refuses production without a sign-in secret or encryption keys, naming both and never a value", () => {
    setEnv({ NODE_ENV: "production", AUTH_SECRET: undefined, ENCRYPTION_KEYS: undefined });
    expect(() => env()).toThrow(/AUTH_SECRET: is required in production; ENCRYPTION_KEYS: is required in production/);
  });

  it("rejects a malformed database URL without echoing it", () => {
    setEnv({ NODE_ENV: "development", DATABASE_URL: "mysql://user:hunter2@db/x" });
    expect(() => env()).toThrow(/DATABASE_URL/);
    expect(() => env()).not.toThrow(/hunter2/);
  });
});
