const MASK = "••••";
/** Shorter values get no hint: four characters of a six-character secret give most of it away. */
const MIN_LENGTH_FOR_HINT = 8;

/** The last four characters to store beside a secret, or null when it is too short to hint at. */
export function secretLast4(value: string): string | null {
  // Array.from counts code points, so a hint never ends in half a surrogate pair.
  const chars = Array.from(value);
  if (chars.length < MIN_LENGTH_FOR_HINT) return null;
  return chars.slice(-4).join("");
}

/** `•••• last4` for showing a stored secret in a form, or null when it is too short to hint at. */
export function secretHint(value: string): string | null {
  const last4 = secretLast4(value);
  return last4 === null ? null : `${MASK} ${last4}`;
}
