import { SecretError } from "./errors";

// The compact form every sealed value is stored in: `v1.<kid>.<nonce>.<ciphertext>.<tag>`,
// binary parts in base64url. The kid says which key opens it, so keys can rotate.
export const ENVELOPE_VERSION = "v1";
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
/** Also enforced for keyring kids: a kid may not contain the `.` that separates the parts. */
export const KID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;

export interface EnvelopeParts {
  kid: string;
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

export function formatEnvelope({ kid, nonce, ciphertext, tag }: EnvelopeParts): string {
  return [ENVELOPE_VERSION, kid, nonce, ciphertext, tag]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Splits an envelope into its parts; anything that is not a well-formed v1 envelope is `malformed`. */
export function parseEnvelope(envelope: string): EnvelopeParts {
  if (typeof envelope !== "string") throw malformed("it is not a string");
  const parts = envelope.split(".");
  if (parts.length !== 5) throw malformed(`expected 5 dot-separated parts, found ${parts.length}`);
  const [version, kid, nonce, ciphertext, tag] = parts as [string, string, string, string, string];
  if (version !== ENVELOPE_VERSION) throw malformed(`unsupported version (expected ${ENVELOPE_VERSION})`);
  if (!KID_PATTERN.test(kid)) throw malformed("the key id is missing or invalid");
  return {
    kid,
    nonce: decodePart(nonce, "nonce", NONCE_BYTES),
    ciphertext: decodePart(ciphertext, "ciphertext"),
    tag: decodePart(tag, "tag", TAG_BYTES),
  };
}

function decodePart(text: string, name: string, expectedBytes?: number): Buffer {
  if (!BASE64URL_PATTERN.test(text)) throw malformed(`the ${name} is not base64url`);
  const bytes = Buffer.from(text, "base64url");
  // Only the canonical spelling is accepted, so one sealed value has exactly one text form.
  if (bytes.toString("base64url") !== text) throw malformed(`the ${name} is not canonical base64url`);
  if (expectedBytes !== undefined && bytes.length !== expectedBytes) {
    throw malformed(`the ${name} must be ${expectedBytes} bytes, found ${bytes.length}`);
  }
  return bytes;
}

function malformed(reason: string): SecretError {
  return new SecretError("malformed", `The sealed value is malformed: ${reason}`);
}
