import { InngestTestEngine } from "@inngest/test";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCalcomFake, type CalcomFake } from "@/e2e/fakes/calcom/server";
import { useDatabaseForTests } from "@/db";
import type { Database } from "@/db/client";
import { activityLog, branches, integrationMetrics, integrations, staff, syncRuns, syncedRecords } from "@/db/schema";
import { syncRequested } from "@/inngest/events";
import { syncIntegration } from "@/inngest/functions/sync-integration";
import { getProvider } from "@/lib/providers/registry";
import { deleteStaff } from "@/lib/locations/staff";
import { openTestDatabase } from "@/lib/testing/db";
import { createWorkspaceWithOwner } from "@/lib/testing/factories";
import { testDraft, testStoredIntegration } from "./connection";
import { saveIntegration } from "./save";
import { autoMatchStaff, setStaffMapping } from "./staff-mapping";

const KEY = "cal_live_fake_valid_key_0001";
let db: Database;
let fake: CalcomFake;
const calcom = getProvider("calcom")!;

beforeAll(async () => {
  db = await openTestDatabase();
  useDatabaseForTests(db);
  fake = await startCalcomFake({ port: 0 });
});
afterAll(() => fake.close());

async function workspace(withLocations: boolean) {
  const { tenant, owner } = await createWorkspaceWithOwner(db);
  if (withLocations) {
    const [branch] = await db.insert(branches).values({ tenantId: tenant.id, name: "Mitte" }).returning();
    await db.insert(staff).values({ tenantId: tenant.id, branchId: branch!.id, name: "Anna", email: "ANNA@example.com" });
  }
  return { tenant, owner };
}

const save = (tenantId: string, actorUserId: string, input: Record<string, unknown>) =>
  saveIntegration(db, calcom, { tenantId, actorUserId, input: { baseUrl: fake.url, ...input } });

async function integrationOf(tenantId: string) {
  const [row] = await db.select().from(integrations).where(eq(integrations.tenantId, tenantId));
  return row!;
}

describe("connecting Cal.com", () => {
  it("stores a wrong key as an error with Cal.com's words, and no plaintext key anywhere in the row", async () => {
    const { tenant, owner } = await workspace(true);
    const wrong = "cal_live_this_key_is_wrong_123456";
    const outcome = await save(tenant.id, owner.id, { apiKey: wrong });
    expect(outcome).toMatchObject({ ok: true, status: "error" });
    expect(outcome.ok && outcome.error).toContain("Your api key is not valid");
    const row = await integrationOf(tenant.id);
    expect(JSON.stringify(row)).not.toContain(wrong);
    expect(row.secretHints).toEqual({ apiKey: "3456" });
    const log = await db.select().from(activityLog).where(eq(activityLog.tenantId, tenant.id));
    expect(JSON.stringify(log)).not.toContain(wrong);
  });

  it("stays pending while a prerequisite is unmet and says why", async () => {
    const { tenant, owner } = await workspace(false);
    const outcome = await save(tenant.id, owner.id, { apiKey: KEY, autoSync: false });
    expect(outcome).toMatchObject({ ok: true, status: "pending" });
    expect(outcome.ok && outcome.error).toBe("Cal.com needs at least 1 branch and at least 1 staff member before it can be active.");
  });

  it("becomes active, syncs through the Inngest function, and matches staff by email", async () => {
    const { tenant, owner } = await workspace(true);
    const outcome = await save(tenant.id, owner.id, { apiKey: KEY });
    expect(outcome).toMatchObject({ ok: true, status: "active", error: null });
    const row = await integrationOf(tenant.id);
    expect(JSON.stringify(row)).not.toContain(KEY);
    const runId = outcome.ok ? outcome.syncRunId : null;
    expect(runId).toBeTruthy();

    const event = { name: syncRequested.name, data: { tenantId: tenant.id, integrationId: row.id, syncRunId: runId! } };
    const { result, error } = await new InngestTestEngine({ function: syncIntegration, events: [event] }).execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ status: "succeeded", records: { event_types: 4, bookings: 25 } });

    const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, runId!));
    expect(run).toMatchObject({ status: "succeeded", trigger: "save", records: { event_types: 4, bookings: 25 } });
    expect((await integrationOf(tenant.id)).lastSyncAt).toBeInstanceOf(Date);
    const bookings = await db.$count(syncedRecords, and(eq(syncedRecords.integrationId, row.id), eq(syncedRecords.kind, "bookings")));
    expect(bookings).toBe(25);
    const metrics = await db.select().from(integrationMetrics).where(eq(integrationMetrics.integrationId, row.id));
    expect(metrics.find((m) => m.action === "sync")).toMatchObject({ success: true, records: expect.any(Number) });
    expect(metrics.filter((m) => m.action !== "sync").length).toBeGreaterThan(0);
    const [anna] = await db
      .select()
      .from(syncedRecords)
      .where(and(eq(syncedRecords.integrationId, row.id), eq(syncedRecords.kind, "users"), eq(syncedRecords.externalId, "1001")));
    expect(anna?.mappedLocalId).toBeTruthy();
  });

  it("goes to error with a readable reason when Cal.com fails or hangs, and back to active once it recovers", async () => {
    const { tenant, owner } = await workspace(true);
    await save(tenant.id, owner.id, { apiKey: KEY, autoSync: false });
    try {
      fake.state.setMode("error500");
      let tested = await testStoredIntegration(db, calcom, await integrationOf(tenant.id), owner.id);
      expect(tested.status).toBe("error");
      expect(tested.error).toMatch(/^Cal\.com answered 500/);

      fake.state.setMode("hang");
      tested = await testStoredIntegration(db, calcom, await integrationOf(tenant.id), owner.id);
      expect(tested.status).toBe("error");
      expect(tested.error).toMatch(/Cal\.com did not answer within/);
      expect((await integrationOf(tenant.id)).lastError).toBe(tested.error);
    } finally {
      fake.state.setMode("none");
    }
    const tested = await testStoredIntegration(db, calcom, await integrationOf(tenant.id), owner.id);
    expect(tested).toMatchObject({ status: "active", error: null });
    const moves = await db
      .select({ metadata: activityLog.metadata, outcome: activityLog.outcome })
      .from(activityLog)
      .where(and(eq(activityLog.tenantId, tenant.id), eq(activityLog.action, "integration.status_changed")))
      .orderBy(activityLog.id);
    expect(moves.map((m) => m.metadata.to)).toEqual(["active", "error", "active"]);
    expect(moves[1]!.outcome).toBe("failure");
  });
});

describe("sync failures", () => {
  it("throws a transient failure inside the step so Inngest retries it, and records the reason on the run", async () => {
    const { tenant, owner } = await workspace(true);
    await save(tenant.id, owner.id, { apiKey: KEY, autoSync: false });
    const row = await integrationOf(tenant.id);
    const [run] = await db.insert(syncRuns).values({ tenantId: tenant.id, integrationId: row.id, trigger: "manual" }).returning();
    const event = { name: syncRequested.name, data: { tenantId: tenant.id, integrationId: row.id, syncRunId: run!.id } };
    fake.state.setMode("error500");
    try {
      const { error } = await new InngestTestEngine({ function: syncIntegration, events: [event] }).execute();
      expect(String((error as Error | undefined)?.message)).toMatch(/Cal\.com answered 500/);
    } finally {
      fake.state.setMode("none");
    }
    const [failed] = await db.select().from(syncRuns).where(eq(syncRuns.id, run!.id));
    expect(failed).toMatchObject({ status: "failed", error: expect.stringMatching(/answered 500/) });
    expect((await integrationOf(tenant.id)).status).toBe("error");

    // The retry (the same run) succeeds once Cal.com is back, and the integration recovers.
    const { result } = await new InngestTestEngine({ function: syncIntegration, events: [event] }).execute();
    expect(result).toMatchObject({ status: "succeeded" });
    expect((await integrationOf(tenant.id)).status).toBe("active");
  });

  it("does not retry a rejected key: the run fails with Cal.com's words", async () => {
    const { tenant, owner } = await workspace(true);
    await save(tenant.id, owner.id, { apiKey: KEY, autoSync: false });
    const row = await integrationOf(tenant.id);
    const [run] = await db.insert(syncRuns).values({ tenantId: tenant.id, integrationId: row.id, trigger: "manual" }).returning();
    fake.state.setValidKeys(["cal_live_some_other_key_0002"]);
    try {
      const event = { name: syncRequested.name, data: { tenantId: tenant.id, integrationId: row.id, syncRunId: run!.id } };
      const { result, error } = await new InngestTestEngine({ function: syncIntegration, events: [event] }).execute();
      expect(error).toBeUndefined();
      expect(result).toMatchObject({ status: "failed", retryable: false, error: expect.stringMatching(/401/) });
    } finally {
      fake.state.reset();
    }
  });
});

describe("stored secrets", () => {
  it("are not sent to a new base URL: moving the integration needs the key typed again", async () => {
    const { tenant, owner } = await workspace(true);
    await save(tenant.id, owner.id, { apiKey: KEY, autoSync: false });
    const elsewhere = await startCalcomFake({ port: 0 });
    try {
      const moved = await saveIntegration(db, calcom, { tenantId: tenant.id, actorUserId: owner.id, input: { baseUrl: elsewhere.url, apiKey: "" } });
      expect(moved).toMatchObject({ ok: false, fieldErrors: { apiKey: ["Enter your Cal.com API key."] } });
      const tested = await testDraft(db, calcom, tenant.id, { baseUrl: elsewhere.url }, await integrationOf(tenant.id));
      expect(tested.ok).toBe(false);
      expect(elsewhere.state.requests.some((r) => JSON.stringify(r.headers).includes(KEY))).toBe(false);
      // Same host, blank key: the stored key is used.
      expect(await testDraft(db, calcom, tenant.id, { apiKey: "" }, await integrationOf(tenant.id))).toMatchObject({ ok: true });
    } finally {
      await elsewhere.close();
    }
  });
});

describe("prerequisites after connecting", () => {
  it("an integration whose staff is gone goes to error and a successful sync does not make it active", async () => {
    const { tenant, owner } = await workspace(true);
    await save(tenant.id, owner.id, { apiKey: KEY, autoSync: false });
    await db.delete(staff).where(eq(staff.tenantId, tenant.id));
    const tested = await testStoredIntegration(db, calcom, await integrationOf(tenant.id), owner.id);
    expect(tested).toMatchObject({ status: "error", error: "Cal.com needs at least 1 staff member before it can be active." });

    const row = await integrationOf(tenant.id);
    const [run] = await db.insert(syncRuns).values({ tenantId: tenant.id, integrationId: row.id, trigger: "manual" }).returning();
    const event = { name: syncRequested.name, data: { tenantId: tenant.id, integrationId: row.id, syncRunId: run!.id } };
    const { result } = await new InngestTestEngine({ function: syncIntegration, events: [event] }).execute();
    expect(result).toMatchObject({ status: "succeeded" });
    expect((await integrationOf(tenant.id)).status).toBe("error");
  });
});

describe("staff mapping", () => {
  it("changes a mapping by hand within the workspace only", async () => {
    const a = await workspace(true);
    const b = await workspace(true);
    await save(a.tenant.id, a.owner.id, { apiKey: KEY, autoSync: false });
    const row = await integrationOf(a.tenant.id);
    const [user] = await db
      .insert(syncedRecords)
      .values({ tenantId: a.tenant.id, integrationId: row.id, kind: "users", externalId: "9", data: { email: "anna@example.com" } })
      .returning();
    expect(await autoMatchStaff(db, a.tenant.id, row.id)).toBe(1);
    const [bStaff] = await db.select().from(staff).where(eq(staff.tenantId, b.tenant.id));
    expect(await setStaffMapping(db, a.tenant.id, user!.id, bStaff!.id)).toBe(false);
    expect(await setStaffMapping(db, b.tenant.id, user!.id, bStaff!.id)).toBe(false);
    expect(await setStaffMapping(db, a.tenant.id, user!.id, null)).toBe(true);
    const [after] = await db.select().from(syncedRecords).where(eq(syncedRecords.id, user!.id));
    expect(after!.mappedLocalId).toBeNull();
    // "Not matched" chosen by hand survives the next automatic matching.
    expect(await autoMatchStaff(db, a.tenant.id, row.id)).toBe(0);

    // Deleting the staff member a user is mapped to leaves the user unmatched, not dangling.
    const [aStaff] = await db.select().from(staff).where(eq(staff.tenantId, a.tenant.id));
    expect(await setStaffMapping(db, a.tenant.id, user!.id, aStaff!.id)).toBe(true);
    expect(await deleteStaff(db, a.tenant.id, a.owner.id, aStaff!.id)).toEqual({ ok: true });
    const [orphan] = await db.select().from(syncedRecords).where(eq(syncedRecords.id, user!.id));
    expect(orphan).toMatchObject({ mappedLocalId: null, mappedByHand: false });
  });
});
