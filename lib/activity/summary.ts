// One line about an entry's metadata for the table; the detail sheet shows all of it.

const MAX_PARTS = 3;
const MAX_LENGTH = 120;
/** Free-text fields shown without their key: they read as sentences. */
const TEXT_KEYS = ["summary", "message", "error", "reason"];

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/**
 * `pending → active · token expired · email: a@b.test`: a `from`/`to` pair as a transition,
 * then free-text fields, then other plain values as `key: value` (lists of plain values joined,
 * empty lists skipped). Nested objects are left out.
 */
export function summarizeMetadata(metadata: Record<string, unknown> | null | undefined): string {
  if (!metadata) return "";
  const parts: string[] = [];
  const used = new Set<string>();
  const { from, to } = metadata;
  if (isPrimitive(from) && isPrimitive(to)) {
    parts.push(`${from} → ${to}`);
    used.add("from").add("to");
  }
  for (const key of TEXT_KEYS) {
    const value = metadata[key];
    if (typeof value === "string" && value.trim()) {
      parts.push(value.trim());
      used.add(key);
    }
  }
  for (const [key, value] of Object.entries(metadata)) {
    if (used.has(key)) continue;
    if (isPrimitive(value) && value !== "") parts.push(`${key}: ${value}`);
    if (Array.isArray(value) && value.length > 0 && value.every(isPrimitive)) parts.push(`${key}: ${value.join(", ")}`);
  }
  const line = parts.slice(0, MAX_PARTS).join(" · ").replace(/\s+/g, " ");
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}
