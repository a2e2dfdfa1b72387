import type { SecretBinding } from "./binding";
import { defaultKeyring, type Keyring } from "./keyring";
import { openSecret, sealSecret } from "./seal";

/**
 * The value re-sealed with the current key, or null when it already is. Throws a SecretError
 * when the value cannot be opened: re-sealing must never turn garbage into a valid envelope.
 */
export function resealIfNeeded(
  envelope: string,
  binding: SecretBinding,
  keyring: Keyring = defaultKeyring(),
): string | null {
  const opened = openSecret(envelope, binding, keyring);
  if (opened.sealedWithCurrentKey) return null;
  return sealSecret(opened.plaintext, binding, keyring);
}
