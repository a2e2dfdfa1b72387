import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { additionalData, type SecretBinding } from "./binding";
import { ENVELOPE_VERSION, formatEnvelope, NONCE_BYTES, parseEnvelope, TAG_BYTES } from "./envelope";
import { SecretError } from "./errors";
import { defaultKeyring, type Keyring } from "./keyring";

const ALGORITHM = "aes-256-gcm";

export interface OpenedSecret {
  plaintext: string;
  /** The key id the value was sealed with. */
  kid: string;
  /** False when an older key sealed it: the caller should store a re-sealed value. */
  sealedWithCurrentKey: boolean;
}

/** Seals a secret for one place (tenant, record, field) with the keyring's current key. */
export function sealSecret(plaintext: string, binding: SecretBinding, keyring: Keyring = defaultKeyring()): string {
  const kid = keyring.currentKid;
  const key = keyring.keyFor(kid)!; // createKeyring guarantees the current kid has a key.
  // A fresh random nonce per value: GCM loses both secrecy and integrity if one ever repeats.
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(ENVELOPE_VERSION, kid, binding));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return formatEnvelope({ kid, nonce, ciphertext, tag: cipher.getAuthTag() });
}

/** Opens a sealed secret, or throws a SecretError that says why without revealing anything. */
export function openSecret(
  envelope: string,
  binding: SecretBinding,
  keyring: Keyring = defaultKeyring(),
): OpenedSecret {
  const { kid, nonce, ciphertext, tag } = parseEnvelope(envelope);
  const key = keyring.keyFor(kid);
  if (!key) {
    throw new SecretError("unknown_key", `The value was sealed with key id '${kid}', which is not in the keyring`);
  }
  const decipher = createDecipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
  decipher.setAAD(additionalData(ENVELOPE_VERSION, kid, binding));
  decipher.setAuthTag(tag);
  let plaintext: Buffer;
  try {
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // GCM cannot tell an edited byte from a value opened in the wrong place (other AAD).
    throw new SecretError(
      "tampered_or_misplaced",
      "The sealed value was altered or belongs to another record or field",
    );
  }
  return { plaintext: plaintext.toString("utf8"), kid, sealedWithCurrentKey: kid === keyring.currentKid };
}
