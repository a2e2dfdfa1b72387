import {
  parseDataTableQuery,
  readParam,
  type PageDirection,
  type SearchParamsInput,
} from "@/components/data-table/search-params";
import type { Outcome } from "@/db/schema";
import type { ActivityFilters } from "./types";

// URL <-> filters for the logs table. No React and no server-only code: the page parses with
// it, the client filter bar writes the same param names.

/** Search params the activity filters own (the table owns cursor, dir, pageSize, sort). */
export const ACTIVITY_FILTER_PARAMS = {
  provider: "provider",
  type: "type",
  outcome: "outcome",
  from: "from",
  to: "to",
} as const;

export const ACTIVITY_FILTER_PARAM_NAMES = Object.values(ACTIVITY_FILTER_PARAMS);

// A record, so adding an outcome to the schema fails to compile until it is listed here.
const OUTCOME_KEYS: Record<Outcome, true> = { success: true, failure: true, info: true };
export const ACTIVITY_OUTCOMES = Object.keys(OUTCOME_KEYS) as Outcome[];

const MAX_VALUE_LENGTH = 100;

export function isOutcome(value: string | null | undefined): value is Outcome {
  return ACTIVITY_OUTCOMES.includes(value as Outcome);
}

/** A real calendar day written `yyyy-mm-dd` (no 2025-02-30). */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** `sync` for `sync.failed`; the action itself when it has no dot. */
export function actionTypeOf(action: string): string {
  const dot = action.indexOf(".");
  return dot === -1 ? action : action.slice(0, dot);
}

/** The `type` filter value selecting every action of a type: `sync.` matches `sync.*`. */
export function actionTypeFilter(type: string): string {
  return `${type}.`;
}

function text(params: SearchParamsInput, key: string): string | undefined {
  const value = readParam(params, key)?.trim();
  return value && value.length <= MAX_VALUE_LENGTH ? value : undefined;
}

/** Filters from search params; anything malformed is dropped rather than failing the page. */
export function parseActivityFilters(params: SearchParamsInput): ActivityFilters {
  const outcome = readParam(params, ACTIVITY_FILTER_PARAMS.outcome);
  const from = readParam(params, ACTIVITY_FILTER_PARAMS.from);
  const to = readParam(params, ACTIVITY_FILTER_PARAMS.to);
  const filters: ActivityFilters = {};
  const provider = text(params, ACTIVITY_FILTER_PARAMS.provider);
  const action = text(params, ACTIVITY_FILTER_PARAMS.type);
  if (provider) filters.provider = provider;
  if (action) filters.action = action;
  if (isOutcome(outcome)) filters.outcome = outcome;
  if (isIsoDate(from)) filters.from = from;
  if (isIsoDate(to)) filters.to = to;
  return filters;
}

/** True when any filter a person can set in the filter bar is active. */
export function hasActivityFilters(filters: ActivityFilters): boolean {
  return Boolean(filters.provider || filters.action || filters.outcome || filters.from || filters.to);
}

export type ActivityPageParams = { cursor: string | null; direction: PageDirection; pageSize: number };

/** Cursor, direction and page size from the table's params. The log has one order: newest first. */
export function parseActivityPageParams(params: SearchParamsInput): ActivityPageParams {
  const query = parseDataTableQuery(params, { sortable: ["createdAt"], defaultSort: { id: "createdAt", desc: true } });
  return { cursor: query.cursor, direction: query.dir, pageSize: query.pageSize };
}

/**
 * Everything `listActivity` takes from a page's search params. Pages that pin a filter (the
 * provider page's Activity tab) spread this first and set their own values after it.
 */
export function parseActivitySearchParams(params: SearchParamsInput): ActivityFilters & ActivityPageParams {
  return { ...parseActivityFilters(params), ...parseActivityPageParams(params) };
}
