import { createCipheriv, createDecipheriv, createSecretKey, randomBytes, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { NONCE_BYTES, TAG_BYTES } from "./envelope";
import { createKeyring, generateKeyBase64 } from "./keyring";
import { openSecret, sealSecret } from "./seal";

// `npm run bench:crypto`: what the envelope, AAD and keyring cost on top of raw AES-256-GCM,
// measured in the same run so the ratio holds whatever machine it runs on.

const COUNT = 100_000;
const ROUNDS = 3;
const keyBase64 = generateKeyBase64();
const keyring = createKeyring([{ kid: "bench", keyBase64 }]);
// The same KeyObject form the keyring holds, so only the envelope and AAD differ.
const rawKey = createSecretKey(Buffer.from(keyBase64, "base64"));
const binding = { tenantId: randomUUID(), recordId: randomUUID(), field: "secrets.apiKey" };
// ~40-byte API keys, like the ones integrations store.
const values = Array.from({ length: COUNT }, () => `sk_live_${randomBytes(24).toString("base64url")}`);

interface RawSealed {
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

function rawEncrypt(value: string): RawSealed {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", rawKey, nonce, { authTagLength: TAG_BYTES });
  const ciphertext = Buffer.concat([cipher.update(value, "utf8"), cipher.final()]);
  return { nonce, ciphertext, tag: cipher.getAuthTag() };
}

function rawDecrypt({ nonce, ciphertext, tag }: RawSealed): string {
  const decipher = createDecipheriv("aes-256-gcm", rawKey, nonce, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
}

/** Runs fn over every input; the best of a few rounds, to keep scheduler noise out of the rate. */
function measure<In, Out>(inputs: readonly In[], fn: (input: In) => Out): { outputs: Out[]; perSecond: number } {
  let best = { outputs: [] as Out[], perSecond: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    const outputs = inputs.map(fn);
    const perSecond = inputs.length / ((performance.now() - start) / 1000);
    if (perSecond > best.perSecond) best = { outputs, perSecond };
  }
  return best;
}

function checkRoundTrip(opened: readonly string[]): void {
  if (opened.some((plaintext, i) => plaintext !== values[i])) throw new Error("a value did not round-trip");
}

// Warm up both paths so the JIT has compiled them before anything is timed.
const warmup = values.slice(0, 5_000);
warmup.map((v) => rawDecrypt(rawEncrypt(v)));
warmup.map((v) => openSecret(sealSecret(v, binding, keyring), binding, keyring));

const rawSeal = measure(values, rawEncrypt);
const rawOpen = measure(rawSeal.outputs, rawDecrypt);
const seal = measure(values, (v) => sealSecret(v, binding, keyring));
const open = measure(seal.outputs, (envelope) => openSecret(envelope, binding, keyring).plaintext);
checkRoundTrip(rawOpen.outputs);
checkRoundTrip(open.outputs);

const rate = (perSecond: number) => `${Math.round(perSecond).toLocaleString("en-US")} values/s`.padStart(20);
const ratio = (ours: number, raw: number) => `${((ours / raw) * 100).toFixed(0)}% of raw GCM`;
const size = values[0]!.length;
const row = (name: string, ours: number, raw: number) =>
  `  ${name.padEnd(8)}${rate(ours)}   raw ${rate(raw)}   ${ratio(ours, raw)}`;
console.log(`AES-256-GCM, ${COUNT.toLocaleString("en-US")} values of ${size} bytes, best of ${ROUNDS}, ${process.version}`);
console.log(row("seal", seal.perSecond, rawSeal.perSecond));
console.log(row("open", open.perSecond, rawOpen.perSecond));
console.log(`  envelope ${seal.outputs[0]!.length} chars for a ${size}-byte value`);
