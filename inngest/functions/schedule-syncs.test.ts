import { InngestTestEngine } from "@inngest/test";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "@/db";
import type { Database } from "@/db/client";
import { integrations, syncRuns } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createWorkspaceWithOwner } from "@/lib/testing/factories";
import { scheduleSyncs } from "./schedule-syncs";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  useDatabaseForTests(db);
});

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

async function integration(tenantId: string, provider: string, values: Partial<typeof integrations.$inferInsert>) {
  const [row] = await db
    .insert(integrations)
    .values({ tenantId, provider, name: provider, status: "active", settings: { autoSync: true, syncIntervalMinutes: 60 }, ...values })
    .returning();
  return row!;
}

describe("the scheduler (cron every 5 minutes)", () => {
  it("requests syncs only for integrations that are due", async () => {
    const { tenant } = await createWorkspaceWithOwner(db);
    const due = await integration(tenant.id, "due", { lastSyncAt: minutesAgo(61) });
    const neverSynced = await integration(tenant.id, "never", { lastSyncAt: null });
    const fresh = await integration(tenant.id, "fresh", { lastSyncAt: minutesAgo(10) });
    const shortInterval = await integration(tenant.id, "short", { lastSyncAt: minutesAgo(16), settings: { autoSync: true, syncIntervalMinutes: 15 } });
    const manualOnly = await integration(tenant.id, "manual", { lastSyncAt: minutesAgo(600), settings: { autoSync: false, syncIntervalMinutes: 15 } });
    const disabled = await integration(tenant.id, "disabled", { lastSyncAt: null, status: "disconnected", enabled: false });
    const failing = await integration(tenant.id, "failing", { lastSyncAt: null, status: "error" });
    const busy = await integration(tenant.id, "busy", { lastSyncAt: minutesAgo(120) });
    await db.insert(syncRuns).values({ tenantId: tenant.id, integrationId: busy.id, trigger: "manual", status: "running" });

    const { result, error } = await new InngestTestEngine({ function: scheduleSyncs }).execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ requested: expect.any(Number) });

    const all = [due, neverSynced, fresh, shortInterval, manualOnly, disabled, failing, busy].map((r) => r.id);
    const runs = await db.select().from(syncRuns).where(inArray(syncRuns.integrationId, all));
    const scheduled = runs.filter((r) => r.trigger === "schedule").map((r) => r.integrationId).sort();
    expect(scheduled).toEqual([due.id, neverSynced.id, shortInterval.id].sort());

    // A second tick while those runs are queued requests nothing new for them.
    await new InngestTestEngine({ function: scheduleSyncs }).execute();
    const again = await db.select().from(syncRuns).where(eq(syncRuns.integrationId, due.id));
    expect(again).toHaveLength(1);
  });
});
