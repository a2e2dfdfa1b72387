// When to send a provider request again, and after how long.

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
const BASE_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 8_000;

// Failures where the connection never opened, so the provider cannot have acted on the request:
// safe to retry whatever the method.
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** An explicit `retryable` wins; otherwise the HTTP method decides. */
export function isIdempotent(method: string | undefined, retryable: boolean | undefined): boolean {
  return retryable ?? IDEMPOTENT_METHODS.has((method ?? "GET").toUpperCase());
}

/** Exponential backoff with jitter, so many callers do not retry in step: 125–250 ms, 250–500 ms, ... */
export function backoffMs(retryIndex: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** retryIndex);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Retry-After (delay-seconds or an HTTP date) in ms from `nowMs`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

export type RetryContext = { idempotent: boolean; retryIndex: number; nowMs: number; maxRetryAfterMs: number };

/**
 * How long to wait before sending again after `response`, or null to hand it back as it is.
 * 429 is retried for any method (the provider refused without acting); 5xx only when idempotent;
 * other 4xx (401, 404, 409, ...) never, since sending the same request again cannot fix them.
 */
export function retryDelayAfterResponse(response: Response, context: RetryContext): number | null {
  const { status } = response;
  if (status !== 429 && !(status >= 500 && context.idempotent)) return null;
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), context.nowMs);
  if (retryAfterMs === null) return backoffMs(context.retryIndex);
  // A provider asking for a longer pause than we hold a request open for gets its answer back.
  return retryAfterMs <= context.maxRetryAfterMs ? retryAfterMs : null;
}

export type FetchFailure = { reason: "timeout" | "network"; code?: string; sent: boolean };

/** What a rejected fetch means; `sent` is false only when the request provably never left. */
export function classifyFetchFailure(error: unknown, timedOut: boolean): FetchFailure {
  if (timedOut) return { reason: "timeout", sent: true };
  const code = errorCode(error);
  return { reason: "network", code, sent: !(code && NOT_SENT_CODES.has(code)) };
}

// Node's fetch rejects with TypeError("fetch failed") and puts the system error in `cause`.
function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === "string") return code;
    current = cause;
  }
  return undefined;
}
