// The logs' keyset cursor: the position of a row in (created_at desc, id desc) order, opaque to
// the browser. The time keeps Postgres' microseconds: a JavaScript Date would round them off and
// the next page would skip rows created within the same millisecond.

export type ActivityCursor = {
  /** `created_at` in UTC with microseconds, e.g. `2025-03-01T10:00:00.123456Z`. */
  at: string;
  id: number;
};

const MAX_CURSOR_LENGTH = 128;
const DECODED = /^([1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d{1,6})?Z\|([1-9]\d{0,15})$/;

export function encodeActivityCursor(cursor: ActivityCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`, "utf8").toString("base64url");
}

/** The cursor, or null for anything that is not one we made (the caller then shows page one). */
export function decodeActivityCursor(value: string | null | undefined): ActivityCursor | null {
  if (!value || value.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const match = DECODED.exec(Buffer.from(value, "base64url").toString("utf8"));
  if (!match) return null;
  const [, seconds = "", fraction = "", idText = ""] = match;
  // Rejects dates a regex lets through but a calendar does not (2025-02-30, 24:00:00).
  const parsed = new Date(`${seconds}Z`);
  if (Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(seconds)) return null;
  const id = Number(idText);
  if (!Number.isSafeInteger(id)) return null;
  return { at: `${seconds}${fraction}Z`, id };
}
