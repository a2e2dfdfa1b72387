import { register } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "../db/schema";
import { env } from "../lib/env";
import { createFreshDatabase, dropDatabase } from "../lib/testing/local-database";

// `npm run bench:logs`: what a logs page costs on a million-entry workspace, by keyset cursor,
// against the same deep page fetched with OFFSET in the same run. Uses a fresh database on the
// local Postgres (DATABASE_URL) and drops it afterwards.

// `server-only` throws outside React Server Components; like vitest's alias, point it at nothing
// so the bench runs the very query module the page uses. Registered before that module loads.
register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }`,
  )}`,
);
const { buildActivityPageQuery, listActivity, listActivityFacets } = await import("../lib/activity/query");
const { encodeActivityCursor } = await import("../lib/activity/cursor");

const ROWS = 1_000_000;
const OTHER_ROWS = 50_000;
const PAGE_SIZE = 20;
const DEEP_PAGE = 10_000;
const RUNS = 15;
const baseUrl = env().DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

// Weighted like a busy workspace: mostly syncs and webhooks, failures ~15%, some people's actions.
const ACTIONS: [action: string, outcome: string][] = [
  ...Array<[string, string]>(8).fill(["sync.succeeded", "success"]),
  ["sync.failed", "failure"], ["sync.failed", "failure"],
  ["sync.started", "info"], ["sync.started", "info"],
  ["webhook.received", "info"], ["webhook.received", "info"], ["webhook.received", "info"],
  ["webhook.rejected", "failure"],
  ["integration.status_changed", "info"],
  // From here on: people's actions, without a provider.
  ["invitation.created", "success"], ["member.role_changed", "success"], ["workspace.updated", "success"],
];
const FIRST_PERSON_ACTION = 17;
const PROVIDERS = ["calcom", "retell", "hubspot", "slack", "google-calendar", "zoom", "zendesk", "stripe"];

/** `count` entries over the past year, ~31.5 s apart, cut to whole seconds: neighbours often tie. */
async function fill(sql: postgres.Sql, tenantId: string, userId: string, count: number) {
  await sql`
    with s as (
      select g,
             floor(random() * ${ACTIONS.length})::int as k,
             floor(random() * ${PROVIDERS.length})::int + 1 as p,
             date_trunc('second', now() - (${count} - g) * (interval '1 year' / ${count})
                                        - random() * interval '30 seconds') as at
        from generate_series(1, ${count}::int) g
    )
    insert into activity_log (tenant_id, actor_user_id, action, outcome, target_type, target_id, provider, metadata, created_at)
    select ${tenantId}::uuid,
           case when k >= ${FIRST_PERSON_ACTION} then ${userId} end,
           (${ACTIONS.map((a) => a[0])}::text[])[k + 1],
           (${ACTIONS.map((a) => a[1])}::text[])[k + 1],
           case when k >= ${FIRST_PERSON_ACTION} then 'tenant' else 'integration' end,
           case when k >= ${FIRST_PERSON_ACTION} then ${tenantId} else 'integration-' || p end,
           case when k < ${FIRST_PERSON_ACTION} then (${PROVIDERS}::text[])[p] end,
           jsonb_build_object('records', g % 500, 'durationMs', g % 9000),
           at
      from s`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median wall time of `run` (client round trip included) after a warm-up. */
async function wallMs(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const url = await createFreshDatabase(baseUrl, "hub_bench_logs");
const client = postgres(url, { max: 1, onnotice: () => {} });
try {
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: path.resolve(import.meta.dirname, "../db/migrations") });
  const [{ version }] = (await client`select current_setting('server_version') as version`) as unknown as [{ version: string }];

  const [tenant] = await db.insert(schema.tenants).values({ name: "Bench", slug: "bench", timeZone: "Europe/Berlin" }).returning();
  const [other] = await db.insert(schema.tenants).values({ name: "Other", slug: "other" }).returning();
  const [user] = await db.insert(schema.users).values({ name: "Bench Person", email: "bench@example.test" }).returning();
  const tenantId = tenant!.id;

  const fillStart = performance.now();
  await fill(client, tenantId, user!.id, ROWS);
  await fill(client, other!.id, user!.id, OTHER_ROWS);
  await client`vacuum analyze activity_log`;
  const fillSeconds = (performance.now() - fillStart) / 1000;

  /** Server-side time of one statement: EXPLAIN ANALYZE's execution time, median of a few. */
  async function explainMs(query: { toSQL(): { sql: string; params: unknown[] } }): Promise<number> {
    const { sql, params } = query.toSQL();
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const [row] = await client.unsafe(`explain (analyze, format json) ${sql}`, params as postgres.ParameterOrJSON<never>[]);
      times.push((row!["QUERY PLAN"] as [{ "Execution Time": number }])[0]["Execution Time"]);
    }
    return median(times);
  }

  // Setup, not measured: the cursor of page 9,999's last row, as the page before would hand it out.
  const [last] = await client<{ id: string; at: string }[]>`
    select id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
      from activity_log where tenant_id = ${tenantId}
     order by created_at desc, id desc offset ${(DEEP_PAGE - 1) * PAGE_SIZE - 1} limit 1`;
  const deepCursor = encodeActivityCursor({ at: last!.at, id: Number(last!.id) });

  const now = new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  const cases = [
    { name: "first page", options: { pageSize: PAGE_SIZE } },
    { name: `page ${DEEP_PAGE.toLocaleString("en-US")} by keyset cursor`, options: { pageSize: PAGE_SIZE, cursor: deepCursor, direction: "next" as const } },
    {
      name: "filtered: calcom + failure + 90 days",
      options: { pageSize: PAGE_SIZE, provider: "calcom", outcome: "failure" as const, from: daysAgo(90), to: daysAgo(0), timeZone: "Europe/Berlin" },
    },
  ];
  const offsetQuery = () => buildActivityPageQuery(db, tenantId, { pageSize: PAGE_SIZE }).offset((DEEP_PAGE - 1) * PAGE_SIZE);

  // The keyset page must be the very page OFFSET finds, or the comparison means nothing.
  const deep = await listActivity(db, tenantId, cases[1]!.options);
  const byOffset = (await offsetQuery()).slice(0, PAGE_SIZE).map((r) => r.id);
  if (deep.rows.length !== PAGE_SIZE || deep.rows.some((r, i) => r.id !== byOffset[i])) throw new Error("keyset and OFFSET pages differ");
  const filtered = await listActivity(db, tenantId, cases[2]!.options);
  if (filtered.rows.length !== PAGE_SIZE || filtered.rows.some((r) => r.provider !== "calcom" || r.outcome !== "failure")) {
    throw new Error("the filtered page is not a full page of calcom failures");
  }

  const results: { name: string; wall: number; server: number }[] = [];
  for (const c of cases) {
    results.push({
      name: c.name,
      wall: await wallMs(() => listActivity(db, tenantId, c.options)),
      server: await explainMs(buildActivityPageQuery(db, tenantId, c.options)),
    });
  }
  const offset = { wall: await wallMs(() => offsetQuery()), server: await explainMs(offsetQuery()) };
  const facetsWall = await wallMs(() => listActivityFacets(db, tenantId));

  const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(10);
  const line = (name: string, r: { wall: number; server: number }) => `  ${name.padEnd(38)}${ms(r.wall)}${ms(r.server)}`;
  const keysetDeep = results[1]!;
  console.log(
    `Postgres ${version}: ${ROWS.toLocaleString("en-US")} entries in one workspace (+${OTHER_ROWS.toLocaleString("en-US")} in another), filled in ${fillSeconds.toFixed(1)} s; page size ${PAGE_SIZE}`,
  );
  console.log(
    `  ${"listActivity".padEnd(38)}${"wall".padStart(10)}${"server".padStart(10)}  (wall: median of ${RUNS} calls; server: EXPLAIN ANALYZE execution time, median of 7)`,
  );
  for (const r of results) console.log(line(r.name, r));
  console.log(
    `${line(`page ${DEEP_PAGE.toLocaleString("en-US")} by OFFSET ${((DEEP_PAGE - 1) * PAGE_SIZE).toLocaleString("en-US")}`, offset)}` +
      `  baseline: keyset is ${(offset.wall / keysetDeep.wall).toFixed(0)}x faster (server ${(offset.server / keysetDeep.server).toFixed(0)}x)`,
  );
  console.log(`  ${"listActivityFacets".padEnd(38)}${ms(facetsWall)}`);
} finally {
  await client.end();
  await dropDatabase(url);
}
