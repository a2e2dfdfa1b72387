/**
 * Listing for the Retell fake: cursor paging where `pagination_key` is the id
 * of the last item of the previous page (what Retell hands back), and the
 * subset of v3 `filter_criteria` a sync or dashboard needs. Filters the fake
 * cannot evaluate are rejected with 400 rather than silently ignored, so a
 * test never passes on a filter that did nothing.
 */
import type { CallListParams, CallListResponse, CallResponse } from "retell-sdk/resources/call";

export class InvalidRequest extends Error {}

export interface Page<T> {
  items: T[];
  has_more: boolean;
  pagination_key?: string;
}

export function parseLimit(raw: unknown, fallback: number, max: number): number {
  if (raw === undefined || raw === null || raw === "") return fallback;
  const value = typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidRequest(`limit must be an integer between 1 and ${max}`);
  }
  return value;
}

export function parseSortOrder(raw: unknown): "ascending" | "descending" {
  if (raw === undefined || raw === null || raw === "") return "descending";
  if (raw === "ascending" || raw === "descending") return raw;
  throw new InvalidRequest('sort_order must be "ascending" or "descending"');
}

/** Sorts by `time` (ties by id), then returns the page after the item whose id is `key`. */
export function paginate<T>(
  all: T[],
  opts: { idOf: (item: T) => string; timeOf: (item: T) => number; order: "ascending" | "descending"; limit: number; key?: unknown; skip?: number },
): { page: Page<T>; total: number } {
  const sign = opts.order === "ascending" ? 1 : -1;
  const sorted = [...all].sort(
    (a, b) => sign * (opts.timeOf(a) - opts.timeOf(b)) || opts.idOf(a).localeCompare(opts.idOf(b)),
  );
  let start = opts.skip ?? 0;
  if (opts.key !== undefined && opts.key !== null && opts.key !== "") {
    const at = sorted.findIndex((item) => opts.idOf(item) === opts.key);
    if (at === -1) throw new InvalidRequest(`pagination_key ${String(opts.key)} does not match any item`);
    start += at + 1;
  }
  const items = sorted.slice(start, start + opts.limit);
  const has_more = start + items.length < sorted.length;
  const last = items[items.length - 1];
  return {
    page: { items, has_more, ...(has_more && last ? { pagination_key: opts.idOf(last) } : {}) },
    total: sorted.length,
  };
}

type Filter = { type?: unknown; op?: unknown; value?: unknown };

export function matchesFilter(actual: unknown, filter: Filter, name: string): boolean {
  const { type, op, value } = filter;
  if (type === "enum" && op === "in" && Array.isArray(value)) return value.includes(actual);
  if (type === "string" && typeof value === "string") {
    const text = typeof actual === "string" ? actual : "";
    if (op === "eq") return text === value;
    if (op === "ne") return text !== value;
    if (op === "sw") return text.startsWith(value);
    if (op === "ew") return text.endsWith(value);
    if (op === "co") return text.includes(value);
  }
  if (type === "number" && typeof value === "number") {
    if (typeof actual !== "number") return false;
    if (op === "eq") return actual === value;
    if (op === "ne") return actual !== value;
    if (op === "gt") return actual > value;
    if (op === "ge") return actual >= value;
    if (op === "lt") return actual < value;
    if (op === "le") return actual <= value;
  }
  if (type === "range" && op === "bt" && Array.isArray(value) && value.length === 2) {
    const [low, high] = value as [number, number];
    return typeof actual === "number" && actual >= low && actual <= high;
  }
  if (type === "boolean" && op === "eq" && typeof value === "boolean") return actual === value;
  if (type === "present" && (op === "pr" || op === "np")) return (actual !== undefined) === (op === "pr");
  throw new InvalidRequest(`filter_criteria.${name} is not a valid filter: ${JSON.stringify(filter)}`);
}

/** filter_criteria key -> how to read that value off a call. */
const CALL_FIELDS: Record<string, (call: CallResponse) => unknown> = {
  call_id: (call) => call.call_id,
  call_status: (call) => call.call_status,
  call_type: (call) => call.call_type,
  direction: (call) => ("direction" in call ? call.direction : undefined),
  from_number: (call) => ("from_number" in call ? call.from_number : undefined),
  to_number: (call) => ("to_number" in call ? call.to_number : undefined),
  disconnection_reason: (call) => call.disconnection_reason,
  start_timestamp: (call) => call.start_timestamp,
  end_timestamp: (call) => call.end_timestamp,
  duration_ms: (call) => call.duration_ms,
  call_successful: (call) => call.call_analysis?.call_successful,
  user_sentiment: (call) => call.call_analysis?.user_sentiment,
  in_voicemail: (call) => call.call_analysis?.in_voicemail,
};

export function filterCalls(calls: CallResponse[], criteria: unknown): CallResponse[] {
  if (criteria === undefined || criteria === null) return calls;
  if (typeof criteria !== "object" || Array.isArray(criteria)) {
    throw new InvalidRequest("filter_criteria must be an object");
  }
  let out = calls;
  for (const [name, filter] of Object.entries(criteria as Record<string, unknown>)) {
    if (name === "agent") {
      // Agent filters are OR-ed; an optional version list narrows each one.
      const agents = filter as CallListParams.FilterCriteria.Agent[];
      if (!Array.isArray(agents)) throw new InvalidRequest("filter_criteria.agent must be an array");
      out = out.filter((call) =>
        agents.some((a) => a.agent_id === call.agent_id && (!a.version || a.version.includes(call.agent_version))),
      );
      continue;
    }
    const read = CALL_FIELDS[name];
    if (!read) throw new InvalidRequest(`filter_criteria.${name} is not supported by the fake Retell server`);
    out = out.filter((call) => matchesFilter(read(call), filter as Filter, name));
  }
  return out;
}

/** `POST /v3/list-calls` items leave out the transcripts that `get-call` includes. */
export function toListedCall(call: CallResponse): CallListResponse["items"][number] {
  const rest: Record<string, unknown> = { ...call };
  delete rest.transcript;
  delete rest.transcript_object;
  delete rest.transcript_with_tool_calls;
  delete rest.scrubbed_transcript_with_tool_calls;
  return rest as unknown as CallListResponse["items"][number];
}
