import { createSecretKey, randomBytes, type KeyObject } from "node:crypto";
import { env } from "@/lib/env";
import { KID_PATTERN } from "./envelope";

const KEY_BYTES = 32;
const BASE64_PATTERN = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * The AES-256 keys we can open values with, by key id, and the one new values are sealed with.
 * Keys are held as KeyObjects in a private field, so logging a keyring never prints key bytes.
 */
export class Keyring {
  readonly #keys: ReadonlyMap<string, KeyObject>;

  constructor(
    keys: ReadonlyMap<string, KeyObject>,
    readonly currentKid: string,
  ) {
    this.#keys = keys;
  }

  keyFor(kid: string): KeyObject | undefined {
    return this.#keys.get(kid);
  }

  get kids(): string[] {
    return [...this.#keys.keys()];
  }

  toJSON() {
    return { currentKid: this.currentKid, kids: this.kids };
  }
}

export interface KeyringEntry {
  kid: string;
  /** 32 random bytes, base64 (standard or url-safe). */
  keyBase64: string;
}

/** Builds a keyring; `currentKid` defaults to the first entry. Errors name the kid, never the key. */
export function createKeyring(entries: readonly KeyringEntry[], currentKid?: string): Keyring {
  if (entries.length === 0) throw new Error("The keyring needs at least one encryption key");
  const keys = new Map<string, KeyObject>();
  for (const [index, { kid, keyBase64 }] of entries.entries()) {
    // Not echoed: a malformed kid is often a key pasted into the wrong place.
    if (!KID_PATTERN.test(kid)) {
      throw new Error(`Encryption key id #${index + 1} is invalid: use 1-64 letters, digits, '-' or '_'`);
    }
    if (keys.has(kid)) throw new Error(`Encryption key id '${kid}' appears more than once`);
    keys.set(kid, createSecretKey(decodeKey(kid, keyBase64)));
  }
  const current = currentKid ?? entries[0]!.kid;
  if (!keys.has(current)) throw new Error(`The current encryption key id '${current}' is not in the keyring`);
  return new Keyring(keys, current);
}

function decodeKey(kid: string, keyBase64: string): Buffer {
  const trimmed = keyBase64.trim();
  // Buffer.from silently skips characters outside the alphabet, so check the text first.
  if (!BASE64_PATTERN.test(trimmed)) throw new Error(`Encryption key '${kid}' is not valid base64`);
  const bytes = Buffer.from(trimmed, "base64");
  if (bytes.length !== KEY_BYTES) {
    throw new Error(`Encryption key '${kid}' must decode to ${KEY_BYTES} bytes, but decodes to ${bytes.length}`);
  }
  return bytes;
}

/** Parses the ENCRYPTION_KEYS format: comma-separated `kid:base64key` pairs. */
export function parseKeyringSpec(spec: string, currentKid?: string): Keyring {
  const entries = spec
    .split(",")
    .map((pair) => pair.trim())
    .filter((pair) => pair !== "")
    .map((pair, index): KeyringEntry => {
      const colon = pair.indexOf(":");
      if (colon <= 0) throw new Error(`ENCRYPTION_KEYS entry ${index + 1} is not of the form kid:base64key`);
      return { kid: pair.slice(0, colon).trim(), keyBase64: pair.slice(colon + 1) };
    });
  return createKeyring(entries, currentKid);
}

/** The keyring configured by ENCRYPTION_KEYS and ENCRYPTION_KEY_CURRENT. */
export function keyringFromEnv(): Keyring {
  const { ENCRYPTION_KEYS, ENCRYPTION_KEY_CURRENT } = env();
  // No built-in fallback key in any environment: a default key is a key everyone knows.
  if (!ENCRYPTION_KEYS) {
    throw new Error(
      "ENCRYPTION_KEYS is not set. `npm run dev` writes a development key to .env.local; " +
        "elsewhere set ENCRYPTION_KEYS=<kid>:<32 random bytes, base64>.",
    );
  }
  return parseKeyringSpec(ENCRYPTION_KEYS, ENCRYPTION_KEY_CURRENT);
}

let cachedKeyring: Keyring | undefined;

/** keyringFromEnv(), parsed once per process: sealing and opening run on every request. */
export function defaultKeyring(): Keyring {
  cachedKeyring ??= keyringFromEnv();
  return cachedKeyring;
}

/** For tests that change ENCRYPTION_KEYS between cases. */
export function resetKeyringCache(): void {
  cachedKeyring = undefined;
}

/** A new random key in the ENCRYPTION_KEYS format, for the dev script and the docs. */
export function generateKeyBase64(): string {
  return randomBytes(KEY_BYTES).toString("base64");
}
