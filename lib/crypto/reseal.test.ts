import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SecretError } from "./errors";
import { createKeyring, generateKeyBase64 } from "./keyring";
import { resealIfNeeded } from "./reseal";
import { openSecret, sealSecret } from "./seal";

const binding = { tenantId: randomUUID(), recordId: randomUUID(), field: "secrets.apiKey" };
const oldKey = { kid: "old", keyBase64: generateKeyBase64() };
const newKey = { kid: "new", keyBase64: generateKeyBase64() };
const before = createKeyring([oldKey]);
const after = createKeyring([oldKey, newKey], "new");

describe("resealIfNeeded", () => {
  it("re-seals a value sealed with an older key under the current key", () => {
    const resealed = resealIfNeeded(sealSecret("token-123456", binding, before), binding, after);
    expect(resealed).toMatch(/^v1\.new\./);
    // The old key can now be retired: the value opens without it.
    expect(openSecret(resealed!, binding, createKeyring([newKey])).plaintext).toBe("token-123456");
  });

  it("returns null for a value already sealed with the current key", () => {
    expect(resealIfNeeded(sealSecret("token-123456", binding, after), binding, after)).toBeNull();
  });

  it("refuses to re-seal a value that does not open in its place", () => {
    const sealed = sealSecret("token-123456", binding, before);
    expect(() => resealIfNeeded(sealed, { ...binding, recordId: randomUUID() }, after)).toThrow(SecretError);
  });
});
