import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import type { SecretBinding } from "./binding";
import { SecretError, type SecretErrorCode } from "./errors";
import { createKeyring, generateKeyBase64, resetKeyringCache, type KeyringEntry } from "./keyring";
import { openSecret, sealSecret } from "./seal";

const API_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dcAbCdEfGh";
const binding: SecretBinding = { tenantId: randomUUID(), recordId: randomUUID(), field: "secrets.apiKey" };
const oldKey: KeyringEntry = { kid: "old-2025", keyBase64: generateKeyBase64() };
const newKey: KeyringEntry = { kid: "new-2026", keyBase64: generateKeyBase64() };
const keyring = createKeyring([oldKey]);

describe("sealSecret / openSecret", () => {
  it("round-trips, including non-ASCII and empty values", () => {
    for (const value of [API_KEY, "pässwörd 🔑", ""]) {
      const opened = openSecret(sealSecret(value, binding, keyring), binding, keyring);
      expect(opened).toEqual({ plaintext: value, kid: "old-2025", sealedWithCurrentKey: true });
    }
  });

  it("writes a compact v1 envelope with a fresh nonce every time", () => {
    const first = sealSecret(API_KEY, binding, keyring);
    expect(first).toMatch(/^v1\.old-2025\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(first).not.toContain(API_KEY);
    expect(sealSecret(API_KEY, binding, keyring)).not.toBe(first);
  });

  it.each([
    ["nonce", 2],
    ["ciphertext", 3],
    ["tag", 4],
  ])("detects a flipped byte in the %s", (_name, part) => {
    const tampered = flipFirstByte(sealSecret(API_KEY, binding, keyring), part);
    expectSecretError(() => openSecret(tampered, binding, keyring), "tampered_or_misplaced");
  });

  it.each([
    ["another record", { ...binding, recordId: randomUUID() }],
    ["another tenant", { ...binding, tenantId: randomUUID() }],
    ["another field", { ...binding, field: "secrets.clientSecret" }],
  ])("refuses a value moved to %s", (_name, elsewhere) => {
    const sealed = sealSecret(API_KEY, binding, keyring);
    const error = expectSecretError(() => openSecret(sealed, elsewhere, keyring), "tampered_or_misplaced");
    expect(error.message).toBe("The sealed value was altered or belongs to another record or field");
  });

  it("keeps binding parts apart, so moving a separator changes the binding", () => {
    const a = { tenantId: "t", recordId: "r.x", field: "f" };
    const b = { tenantId: "t", recordId: "r", field: "x.f" };
    expectSecretError(() => openSecret(sealSecret(API_KEY, a, keyring), b, keyring), "tampered_or_misplaced");
  });

  it("names the unknown kid, and nothing secret, when the key is missing", () => {
    const sealed = sealSecret(API_KEY, binding, keyring);
    const error = expectSecretError(() => openSecret(sealed, binding, createKeyring([newKey])), "unknown_key");
    expect(error.message).toBe("The value was sealed with key id 'old-2025', which is not in the keyring");
  });

  it("still opens values sealed with an older key after a new current key is added", () => {
    const sealed = sealSecret(API_KEY, binding, keyring);
    const rotated = createKeyring([oldKey, newKey], "new-2026");
    expect(openSecret(sealed, binding, rotated)).toEqual({
      plaintext: API_KEY,
      kid: "old-2025",
      sealedWithCurrentKey: false,
    });
    expect(sealSecret(API_KEY, binding, rotated)).toMatch(/^v1\.new-2026\./);
  });

  it.each([
    ["an empty string", ""],
    ["too few parts", "v1.old-2025.abc.def"],
    ["too many parts", "v1.old-2025.a.b.c.d"],
    ["another version", "v2.old-2025.AAAAAAAAAAAAAAAA.AA.AAAAAAAAAAAAAAAAAAAAAA"],
    ["an empty kid", "v1..AAAAAAAAAAAAAAAA.AA.AAAAAAAAAAAAAAAAAAAAAA"],
    ["a short nonce", "v1.old-2025.AAAA.AA.AAAAAAAAAAAAAAAAAAAAAA"],
    ["a short tag", "v1.old-2025.AAAAAAAAAAAAAAAA.AA.AAAA"],
    ["non-base64url characters", "v1.old-2025.AAAAAAAAAAAAAAA+.AA.AAAAAAAAAAAAAAAAAAAAAA"],
    ["padding", "v1.old-2025.AAAAAAAAAAAAAAAA.AA==.AAAAAAAAAAAAAAAAAAAAAA"],
    ["plain text", API_KEY],
  ])("rejects %s as malformed", (_name, envelope) => {
    expectSecretError(() => openSecret(envelope, binding, keyring), "malformed");
  });

  it("never puts the plaintext, the key or the envelope in an error message", () => {
    const sealed = sealSecret(API_KEY, binding, keyring);
    const attempts = [
      () => openSecret(flipFirstByte(sealed, 3), binding, keyring),
      () => openSecret(sealed, { ...binding, field: "webhook_secret" }, keyring),
      () => openSecret(sealed, binding, createKeyring([newKey])),
      () => openSecret(`${sealed}.extra`, binding, keyring),
    ];
    for (const attempt of attempts) {
      const { message } = expectSecretError(attempt);
      for (const secret of [API_KEY, oldKey.keyBase64, sealed, sealed.split(".")[3]!]) {
        expect(message).not.toContain(secret);
      }
    }
  });

  it("uses the keyring from the environment by default", () => {
    vi.stubEnv("ENCRYPTION_KEYS", `${newKey.kid}:${newKey.keyBase64}`);
    resetEnvCache();
    resetKeyringCache();
    const sealed = sealSecret(API_KEY, binding);
    expect(sealed).toMatch(/^v1\.new-2026\./);
    expect(openSecret(sealed, binding, createKeyring([newKey])).plaintext).toBe(API_KEY);
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
  resetKeyringCache();
});

/** Flips the first byte of one base64url part of an envelope (2 nonce, 3 ciphertext, 4 tag). */
function flipFirstByte(envelope: string, part: number): string {
  const parts = envelope.split(".");
  const bytes = Buffer.from(parts[part]!, "base64url");
  bytes[0] = bytes[0]! ^ 0x01;
  parts[part] = bytes.toString("base64url");
  return parts.join(".");
}

function expectSecretError(fn: () => unknown, code?: SecretErrorCode): SecretError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SecretError);
    if (code) expect((error as SecretError).code).toBe(code);
    return error as SecretError;
  }
  throw new Error("expected a SecretError");
}
