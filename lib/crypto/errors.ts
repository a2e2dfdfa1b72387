export type SecretErrorCode = "malformed" | "unknown_key" | "tampered_or_misplaced";

/**
 * Why a sealed value could not be opened. Messages may name a key id or a part of the
 * envelope, but never carry the plaintext, a key or the envelope itself: they end up in logs.
 */
export class SecretError extends Error {
  override readonly name = "SecretError";

  constructor(
    readonly code: SecretErrorCode,
    message: string,
  ) {
    super(message);
  }
}
