import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { createKeyring, generateKeyBase64, keyringFromEnv, parseKeyringSpec } from "./keyring";

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("createKeyring", () => {
  it("uses the first key as current unless told otherwise", () => {
    const entries = [
      { kid: "a", keyBase64: generateKeyBase64() },
      { kid: "b", keyBase64: generateKeyBase64() },
    ];
    expect(createKeyring(entries).currentKid).toBe("a");
    expect(createKeyring(entries, "b").currentKid).toBe("b");
    expect(createKeyring(entries).kids).toEqual(["a", "b"]);
  });

  it("rejects a key that is not 32 bytes, naming the kid but not the key", () => {
    const shortKey = Buffer.alloc(16, 7).toString("base64");
    const message = messageOf(() => createKeyring([{ kid: "short-one", keyBase64: shortKey }]));
    expect(message).toMatch(/'short-one' must decode to 32 bytes, but decodes to 16/);
    expect(message).not.toContain(shortKey);
  });

  it("rejects a key that is not base64", () => {
    expect(() => createKeyring([{ kid: "k1", keyBase64: "not base64 at all!" }])).toThrow(/'k1' is not valid base64/);
  });

  it("rejects invalid and duplicate kids and an unknown current kid", () => {
    const keyBase64 = generateKeyBase64();
    // A key pasted where the kid goes must not be echoed back.
    const message = messageOf(() => createKeyring([{ kid: keyBase64, keyBase64 }]));
    expect(message).toMatch(/key id #1 is invalid/);
    expect(message).not.toContain(keyBase64);
    expect(() => createKeyring([{ kid: "has.dot", keyBase64 }])).toThrow(/key id #1 is invalid/);
    expect(() => createKeyring([{ kid: "a", keyBase64 }, { kid: "a", keyBase64 }])).toThrow(/'a' appears more than once/);
    expect(() => createKeyring([{ kid: "a", keyBase64 }], "b")).toThrow(/current encryption key id 'b'/);
    expect(() => createKeyring([])).toThrow(/at least one/);
  });

  it("does not print key bytes when serialized", () => {
    const keyBase64 = generateKeyBase64();
    const keyring = createKeyring([{ kid: "a", keyBase64 }]);
    expect(JSON.stringify(keyring)).toBe('{"currentKid":"a","kids":["a"]}');
  });
});

describe("parseKeyringSpec", () => {
  it("parses comma-separated kid:key pairs with spaces and a trailing comma", () => {
    const spec = ` old:${generateKeyBase64()} , new:${generateKeyBase64()},`;
    const keyring = parseKeyringSpec(spec, "new");
    expect(keyring.kids).toEqual(["old", "new"]);
    expect(keyring.currentKid).toBe("new");
  });

  it("rejects an entry without a kid", () => {
    expect(() => parseKeyringSpec(generateKeyBase64())).toThrow(/entry 1 is not of the form kid:base64key/);
  });
});

describe("keyringFromEnv", () => {
  it("reads ENCRYPTION_KEYS and ENCRYPTION_KEY_CURRENT", () => {
    vi.stubEnv("ENCRYPTION_KEYS", `k1:${generateKeyBase64()},k2:${generateKeyBase64()}`);
    vi.stubEnv("ENCRYPTION_KEY_CURRENT", "k2");
    resetEnvCache();
    expect(keyringFromEnv().currentKid).toBe("k2");
  });

  it("refuses to run without keys instead of falling back to a default", () => {
    vi.stubEnv("ENCRYPTION_KEYS", "");
    resetEnvCache();
    expect(() => keyringFromEnv()).toThrow(/ENCRYPTION_KEYS is not set/);
  });
});

describe("generateKeyBase64", () => {
  it("makes distinct 32-byte keys", () => {
    const [a, b] = [generateKeyBase64(), generateKeyBase64()];
    expect(Buffer.from(a, "base64")).toHaveLength(32);
    expect(a).not.toBe(b);
  });
});

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the call to throw");
}
