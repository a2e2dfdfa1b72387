import "server-only";
import { and, eq, like, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { PageDirection } from "@/components/data-table/search-params";
import type { Executor } from "@/db";
import { activityLog, users } from "@/db/schema";
import { decodeActivityCursor, encodeActivityCursor, type ActivityCursor } from "./cursor";
import { isIsoDate } from "./filters";
import type { ActivityFacets, ActivityFilters, ActivityRow } from "./types";

export const MAX_ACTIVITY_PAGE_SIZE = 100;
const MAX_FACETS = 50;
/** Action types are read from this many newest entries: `action` has no index to skip through. */
const ACTION_TYPE_WINDOW = 10_000;

export type ListActivityOptions = ActivityFilters & {
  /** From a previous page's `nextCursor` / `prevCursor`; anything else means the first page. */
  cursor?: string | null;
  direction?: PageDirection;
  pageSize: number;
  /** The workspace's IANA time zone, for the `from` / `to` days. Defaults to UTC. */
  timeZone?: string;
};

export type ActivityPage = {
  rows: ActivityRow[];
  nextCursor: string | null;
  prevCursor: string | null;
};

// The cursor's time, from Postgres itself so it keeps microseconds (see cursor.ts).
const cursorAt = sql<string>`to_char(${activityLog.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

function clampPageSize(pageSize: number): number {
  return Number.isInteger(pageSize) ? Math.min(Math.max(pageSize, 1), MAX_ACTIVITY_PAGE_SIZE) : 20;
}

function knownTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, "\\$&");
}

function filterConditions(tenantId: string, filters: ActivityFilters, timeZone: string): SQL[] {
  const conditions = [eq(activityLog.tenantId, tenantId)];
  if (filters.provider) conditions.push(eq(activityLog.provider, filters.provider));
  if (filters.action) {
    conditions.push(
      filters.action.endsWith(".")
        ? like(activityLog.action, `${escapeLike(filters.action)}%`)
        : eq(activityLog.action, filters.action),
    );
  }
  if (filters.outcome) conditions.push(eq(activityLog.outcome, filters.outcome));
  // Days start at midnight in the workspace's zone; `to` includes its whole day.
  if (isIsoDate(filters.from)) {
    conditions.push(sql`${activityLog.createdAt} >= (${filters.from}::date::timestamp at time zone ${timeZone})`);
  }
  if (isIsoDate(filters.to)) {
    conditions.push(sql`${activityLog.createdAt} < ((${filters.to}::date + 1)::timestamp at time zone ${timeZone})`);
  }
  if (filters.targetType) conditions.push(eq(activityLog.targetType, filters.targetType));
  if (filters.targetId) conditions.push(eq(activityLog.targetId, filters.targetId));
  return conditions;
}

/**
 * One keyset page: newest first after `cursor` for "next", oldest first before it for "prev"
 * (the caller reverses). Walks activity_tenant_created_idx (or the provider index) from the
 * cursor, so page 10,000 costs what page 1 does.
 */
function pageQuery(
  db: Executor,
  tenantId: string,
  options: ListActivityOptions,
  position: { cursor: ActivityCursor | null; direction: PageDirection; limit: number },
) {
  const conditions = filterConditions(tenantId, options, knownTimeZone(options.timeZone));
  const { cursor, direction } = position;
  if (cursor) {
    const row = sql`(${activityLog.createdAt}, ${activityLog.id})`;
    const at = sql`(${cursor.at}::timestamptz, ${cursor.id}::bigint)`;
    conditions.push(direction === "next" ? sql`${row} < ${at}` : sql`${row} > ${at}`);
  }
  // The indexes are `desc nulls last` (drizzle's `.desc()`), while a bare `desc` means nulls
  // first; the order must say it too, or Postgres sorts the whole tenant instead of walking the
  // index. Backwards ("prev") that index reads `asc nulls first`.
  const order = (column: AnyPgColumn) =>
    direction === "next" ? sql`${column} desc nulls last` : sql`${column} asc nulls first`;
  return db
    .select({
      id: activityLog.id,
      createdAt: activityLog.createdAt,
      cursorAt,
      action: activityLog.action,
      outcome: activityLog.outcome,
      provider: activityLog.provider,
      targetType: activityLog.targetType,
      targetId: activityLog.targetId,
      metadata: activityLog.metadata,
      actorId: users.id,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(activityLog)
    .leftJoin(users, eq(users.id, activityLog.actorUserId))
    .where(and(...conditions))
    .orderBy(order(activityLog.createdAt), order(activityLog.id))
    .limit(position.limit);
}

type PageRecord = Awaited<ReturnType<typeof pageQuery>>[number];

/**
 * The statement `listActivity` runs first for these options, unexecuted: for EXPLAIN in
 * scripts/bench-logs.ts, which must measure exactly what the page runs.
 */
export function buildActivityPageQuery(db: Executor, tenantId: string, options: ListActivityOptions) {
  const cursor = decodeActivityCursor(options.cursor);
  return pageQuery(db, tenantId, options, {
    cursor,
    direction: cursor ? (options.direction ?? "next") : "next",
    limit: clampPageSize(options.pageSize) + 1,
  });
}

function toRow(record: PageRecord): ActivityRow {
  return {
    id: record.id,
    createdAt: record.createdAt,
    action: record.action,
    outcome: record.outcome,
    provider: record.provider,
    targetType: record.targetType,
    targetId: record.targetId,
    metadata: record.metadata,
    actor: record.actorId ? { id: record.actorId, name: record.actorName, email: record.actorEmail } : null,
  };
}

function cursorOf(record: PageRecord): string {
  return encodeActivityCursor({ at: record.cursorAt, id: record.id });
}

/**
 * A page of a workspace's activity, newest first, by keyset (never OFFSET). Every query is
 * scoped to `tenantId`, which callers take from the server-side tenant context; a cursor only
 * says where to start, so one made from another workspace's row reveals nothing.
 *
 * A cursor that is not ours gives the first page. Going back from near the top gives the full
 * first page rather than a short one.
 */
export async function listActivity(
  db: Executor,
  tenantId: string,
  options: ListActivityOptions,
): Promise<ActivityPage> {
  const pageSize = clampPageSize(options.pageSize);
  const cursor = decodeActivityCursor(options.cursor);
  const fetch = (direction: PageDirection, from: ActivityCursor | null) =>
    pageQuery(db, tenantId, options, { cursor: from, direction, limit: pageSize + 1 });

  const firstPage = async (): Promise<ActivityPage> => {
    const records = await fetch("next", null);
    const rows = records.slice(0, pageSize);
    const hasMore = records.length > pageSize;
    return { rows: rows.map(toRow), nextCursor: hasMore ? cursorOf(rows.at(-1)!) : null, prevCursor: null };
  };

  if (!cursor) return firstPage();

  if (options.direction === "prev") {
    const records = await fetch("prev", cursor);
    if (records.length < pageSize) return firstPage();
    const rows = records.slice(0, pageSize).reverse();
    const hasMore = records.length > pageSize;
    return { rows: rows.map(toRow), nextCursor: cursorOf(rows.at(-1)!), prevCursor: hasMore ? cursorOf(rows[0]!) : null };
  }

  const records = await fetch("next", cursor);
  const rows = records.slice(0, pageSize);
  const hasMore = records.length > pageSize;
  return {
    rows: rows.map(toRow),
    nextCursor: hasMore ? cursorOf(rows.at(-1)!) : null,
    // Past the last row (its rows were deleted, or a hand-made cursor): "Previous" still leads back.
    prevCursor: rows[0] ? cursorOf(rows[0]) : encodeActivityCursor(cursor),
  };
}

async function selectRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  // postgres-js resolves to the rows; PGlite (typed as postgres-js in db/client.ts) to { rows }.
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * The providers and action types a workspace's log holds, for the filter selects. Providers
 * come from a loose index scan (one index probe per distinct provider, however long the log);
 * action types from the newest entries, since `action` has no index.
 */
export async function listActivityFacets(db: Executor, tenantId: string): Promise<ActivityFacets> {
  const [providerRows, typeRows] = await Promise.all([
    selectRows<{ provider: string }>(
      db,
      sql`with recursive found(provider) as (
            (select provider from ${activityLog}
              where tenant_id = ${tenantId} and provider is not null order by provider limit 1)
            union all
            select (select a.provider from ${activityLog} a
                     where a.tenant_id = ${tenantId} and a.provider > found.provider
                     order by a.provider limit 1)
              from found where found.provider is not null
          )
          select provider from found where provider is not null limit ${MAX_FACETS}`,
    ),
    selectRows<{ type: string }>(
      db,
      sql`select distinct split_part(action, '.', 1) as type
            from (select action from ${activityLog} where tenant_id = ${tenantId}
                   order by created_at desc nulls last, id desc nulls last limit ${ACTION_TYPE_WINDOW}) recent
           order by type limit ${MAX_FACETS}`,
    ),
  ]);
  return { providers: providerRows.map((r) => r.provider), actionTypes: typeRows.map((r) => r.type) };
}
