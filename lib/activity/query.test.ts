import { desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { activityLog, type Outcome } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createTenant, createUser } from "@/lib/testing/factories";
import { encodeActivityCursor } from "./cursor";
import { listActivity, listActivityFacets, type ActivityPage, type ListActivityOptions } from "./query";

type Entry = {
  at: string;
  action?: string;
  outcome?: Outcome;
  provider?: string;
  targetType?: string;
  targetId?: string;
  actorUserId?: string;
};

let db: Database;

async function insertEntries(tenantId: string, entries: Entry[]): Promise<number[]> {
  const rows = await db
    .insert(activityLog)
    .values(
      entries.map((e) => ({
        tenantId,
        action: e.action ?? "test.happened",
        outcome: e.outcome ?? "info",
        provider: e.provider,
        targetType: e.targetType,
        targetId: e.targetId,
        actorUserId: e.actorUserId,
        metadata: { at: e.at },
        // Through SQL, so the microseconds survive (a JavaScript Date would round them off).
        createdAt: sql`${e.at}::timestamptz`,
      })),
    )
    .returning({ id: activityLog.id });
  return rows.map((r) => r.id);
}

/** Every id of a tenant in the order Postgres sorts them, to compare pages against. */
async function allIdsNewestFirst(tenantId: string): Promise<number[]> {
  const rows = await db
    .select({ id: activityLog.id })
    .from(activityLog)
    .where(eq(activityLog.tenantId, tenantId))
    .orderBy(desc(activityLog.createdAt), desc(activityLog.id));
  return rows.map((r) => r.id);
}

const ids = (page: ActivityPage) => page.rows.map((r) => r.id);

beforeAll(async () => {
  db = await openTestDatabase();
});

describe("listActivity paging", () => {
  // Newest first. Ties sit across both page boundaries (pageSize 7): five identical times at
  // positions 5-9, and at 12-15 times within one millisecond that differ in microseconds.
  const times = [
    "2025-03-01T12:00:00Z",
    "2025-03-01T11:59:00Z",
    "2025-03-01T11:58:00Z",
    "2025-03-01T11:57:00Z",
    "2025-03-01T11:56:00Z",
    ...Array<string>(5).fill("2025-03-01T11:00:00.5Z"),
    "2025-03-01T10:59:00Z",
    "2025-03-01T10:58:00Z",
    "2025-03-01T10:30:00.123789Z",
    "2025-03-01T10:30:00.123456Z",
    "2025-03-01T10:30:00.123456Z",
    "2025-03-01T10:30:00.123001Z",
    "2025-03-01T10:00:00Z",
    "2025-03-01T09:00:00Z",
    "2025-03-01T08:00:00Z",
    "2025-03-01T07:00:00Z",
    "2025-03-01T06:00:00Z",
  ];
  let tenantId: string;
  let expected: number[];

  beforeAll(async () => {
    tenantId = (await createTenant(db, "Paging")).id;
    // Shuffled, so id order says nothing about time order.
    const shuffled = times.map((at, i) => ({ at, key: (i * 7919) % 23 })).sort((a, b) => a.key - b.key);
    await insertEntries(tenantId, shuffled.map(({ at }) => ({ at })));
    expected = await allIdsNewestFirst(tenantId);
  });

  it("pages forward through 3 pages and back to the same rows, with no duplicates or gaps", async () => {
    const options = { pageSize: 7 } satisfies ListActivityOptions;
    const p1 = await listActivity(db, tenantId, options);
    const p2 = await listActivity(db, tenantId, { ...options, cursor: p1.nextCursor, direction: "next" });
    const p3 = await listActivity(db, tenantId, { ...options, cursor: p2.nextCursor, direction: "next" });

    expect(p1.prevCursor).toBeNull();
    expect(p3.nextCursor).toBeNull();
    const forward = [...ids(p1), ...ids(p2), ...ids(p3)];
    expect(forward).toEqual(expected);
    expect(new Set(forward).size).toBe(times.length);

    const back2 = await listActivity(db, tenantId, { ...options, cursor: p3.prevCursor, direction: "prev" });
    const back1 = await listActivity(db, tenantId, { ...options, cursor: back2.prevCursor, direction: "prev" });
    expect(ids(back2)).toEqual(ids(p2));
    expect(ids(back1)).toEqual(ids(p1));
    expect(back1.prevCursor).toBeNull();
    expect(back2.nextCursor).toBe(p2.nextCursor);
  });

  it("returns rows newest first with their actor and metadata", async () => {
    const page = await listActivity(db, tenantId, { pageSize: 3 });
    expect(page.rows[0]).toMatchObject({ action: "test.happened", actor: null, metadata: { at: times[0] } });
    expect(page.rows[0]!.createdAt).toEqual(new Date(times[0]!));
  });

  it("goes back to a full first page from a cursor near the top", async () => {
    const p1 = await listActivity(db, tenantId, { pageSize: 7 });
    const fromSecondRow = encodeActivityCursor({ at: "2025-03-01T11:59:00.000000Z", id: p1.rows[1]!.id });
    const back = await listActivity(db, tenantId, { pageSize: 7, cursor: fromSecondRow, direction: "prev" });
    expect(ids(back)).toEqual(ids(p1));
    expect(back.prevCursor).toBeNull();
  });

  it("treats a garbage cursor as the first page", async () => {
    const first = ids(await listActivity(db, tenantId, { pageSize: 7 }));
    const garbage = [
      "garbage!!",
      "%%%",
      "bm90IGEgY3Vyc29y", // "not a cursor"
      encodeActivityCursor({ at: "2025-13-01T00:00:00Z", id: 5 }),
      encodeActivityCursor({ at: "2025-02-30T00:00:00Z", id: 5 }),
      Buffer.from("2025-03-01T00:00:00Z|0").toString("base64url"),
      Buffer.from("2025-03-01T00:00:00Z|99999999999999999999").toString("base64url"),
      Buffer.from("2025-03-01T00:00:00Z|1; drop table activity_log").toString("base64url"),
      "A".repeat(5000),
    ];
    for (const cursor of garbage) {
      for (const direction of ["next", "prev"] as const) {
        const page = await listActivity(db, tenantId, { pageSize: 7, cursor, direction });
        expect(ids(page), `${cursor} ${direction}`).toEqual(first);
        expect(page.prevCursor).toBeNull();
      }
    }
  });

  it("clamps the page size", async () => {
    expect((await listActivity(db, tenantId, { pageSize: 0 })).rows).toHaveLength(1);
    expect((await listActivity(db, tenantId, { pageSize: 10_000 })).rows).toHaveLength(times.length);
  });
});

describe("listActivity filters and tenancy", () => {
  let tenantId: string;
  let otherTenantId: string;
  let actor: { id: string; name: string | null; email: string | null };
  const r: Record<string, number> = {};

  beforeAll(async () => {
    tenantId = (await createTenant(db, "Filters")).id;
    otherTenantId = (await createTenant(db, "Someone else")).id;
    actor = await createUser(db, "Ada Actor");
    const entries: Record<string, Entry> = {
      // Berlin is UTC+1 in early March: this is 2025-03-02 00:30 there.
      calcomOk: { at: "2025-03-01T23:30:00Z", action: "sync.succeeded", outcome: "success", provider: "calcom", targetType: "integration", targetId: "int-1" },
      calcomFailed: { at: "2025-03-02T12:00:00Z", action: "sync.failed", outcome: "failure", provider: "calcom", targetType: "integration", targetId: "int-1" },
      // 23:59:59 on 2025-03-03 in Berlin, and the next one is midnight of the 4th.
      retellFailed: { at: "2025-03-03T22:59:59Z", action: "sync.failed", outcome: "failure", provider: "retell", targetType: "integration", targetId: "int-2" },
      retellWebhook: { at: "2025-03-03T23:00:00Z", action: "webhook.received", outcome: "info", provider: "retell" },
      workspace: { at: "2025-02-28T10:00:00Z", action: "workspace.updated", outcome: "success", targetType: "tenant", targetId: "t-1", actorUserId: actor.id },
      notSync: { at: "2025-02-27T10:00:00Z", action: "syncx.odd" },
      underscore: { at: "2025-02-26T10:00:00Z", action: "a_b.done" },
      likeTrap: { at: "2025-02-25T10:00:00Z", action: "axb.done" },
    };
    const names = Object.keys(entries);
    const inserted = await insertEntries(tenantId, Object.values(entries));
    names.forEach((name, i) => (r[name] = inserted[i]!));
    // The same kinds of rows in another workspace, interleaved in time.
    await insertEntries(
      otherTenantId,
      Object.values(entries).map((e) => ({ ...e, at: e.at.replace(":00Z", ":01Z") })),
    );
  });

  const list = (options: Partial<ListActivityOptions>) =>
    listActivity(db, tenantId, { pageSize: 50, ...options }).then((page) => ids(page).sort((a, b) => a - b));
  const idsOf = (...names: string[]) => names.map((n) => r[n]!).sort((a, b) => a - b);

  it("filters by provider", async () => {
    expect(await list({ provider: "calcom" })).toEqual(idsOf("calcomOk", "calcomFailed"));
    expect(await list({ provider: "nope" })).toEqual([]);
  });

  it("filters by exact action and by action type prefix", async () => {
    expect(await list({ action: "sync.failed" })).toEqual(idsOf("calcomFailed", "retellFailed"));
    expect(await list({ action: "sync." })).toEqual(idsOf("calcomOk", "calcomFailed", "retellFailed"));
    expect(await list({ action: "sync" })).toEqual([]);
    // `_` is a LIKE wildcard; the prefix must match it literally.
    expect(await list({ action: "a_b." })).toEqual(idsOf("underscore"));
  });

  it("filters by outcome", async () => {
    expect(await list({ outcome: "failure" })).toEqual(idsOf("calcomFailed", "retellFailed"));
    expect(await list({ outcome: "success", provider: "calcom" })).toEqual(idsOf("calcomOk"));
  });

  it("filters by days in the workspace time zone, `to` inclusive", async () => {
    const berlin = { timeZone: "Europe/Berlin" };
    expect(await list({ ...berlin, from: "2025-03-02", to: "2025-03-02" })).toEqual(idsOf("calcomOk", "calcomFailed"));
    expect(await list({ from: "2025-03-02", to: "2025-03-02" })).toEqual(idsOf("calcomFailed"));
    expect(await list({ ...berlin, from: "2025-03-03", to: "2025-03-03" })).toEqual(idsOf("retellFailed"));
    expect(await list({ ...berlin, from: "2025-03-04" })).toEqual(idsOf("retellWebhook"));
    expect(await list({ to: "2025-02-26" })).toEqual(idsOf("underscore", "likeTrap"));
  });

  it("ignores malformed dates and unknown time zones instead of failing", async () => {
    const all = await list({});
    expect(await list({ from: "2025-02-30", to: "yesterday" })).toEqual(all);
    expect(await list({ from: "2025-03-02", to: "2025-03-02", timeZone: "Mars/Olympus" })).toEqual(idsOf("calcomFailed"));
  });

  it("filters by target", async () => {
    expect(await list({ targetType: "integration", targetId: "int-1" })).toEqual(idsOf("calcomOk", "calcomFailed"));
    expect(await list({ targetType: "integration", targetId: "int-1", outcome: "failure" })).toEqual(idsOf("calcomFailed"));
  });

  it("joins the actor", async () => {
    const page = await listActivity(db, tenantId, { pageSize: 50, action: "workspace.updated" });
    expect(page.rows[0]!.actor).toEqual({ id: actor.id, name: "Ada Actor", email: actor.email });
  });

  it("never returns another workspace's rows, whatever the cursor", async () => {
    const mine = await allIdsNewestFirst(tenantId);
    const theirs = await allIdsNewestFirst(otherTenantId);
    const seen: number[] = [];
    let page = await listActivity(db, tenantId, { pageSize: 3 });
    seen.push(...ids(page));
    while (page.nextCursor) {
      page = await listActivity(db, tenantId, { pageSize: 3, cursor: page.nextCursor, direction: "next" });
      seen.push(...ids(page));
    }
    expect(seen).toEqual(mine);

    // A cursor made from the other workspace's newest row only positions the walk.
    const foreign = encodeActivityCursor({ at: "2025-03-03T23:00:01.000000Z", id: theirs[0]! });
    for (const direction of ["next", "prev"] as const) {
      const result = await listActivity(db, tenantId, { pageSize: 50, cursor: foreign, direction });
      expect(ids(result).every((id) => mine.includes(id))).toBe(true);
    }
  });

  it("lists the providers and action types present", async () => {
    expect(await listActivityFacets(db, tenantId)).toEqual({
      providers: ["calcom", "retell"],
      actionTypes: ["a_b", "axb", "sync", "syncx", "webhook", "workspace"],
    });
    const empty = await createTenant(db, "Empty");
    expect(await listActivityFacets(db, empty.id)).toEqual({ providers: [], actionTypes: [] });
  });
});
