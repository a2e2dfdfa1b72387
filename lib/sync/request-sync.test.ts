import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { integrations, jobOutbox, syncRuns } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createWorkspaceWithOwner } from "@/lib/testing/factories";
import { requestSync } from "./request-sync";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});

async function activeIntegration() {
  const { tenant } = await createWorkspaceWithOwner(db);
  const [row] = await db.insert(integrations).values({ tenantId: tenant.id, provider: "calcom", name: "Cal.com", status: "active" }).returning();
  return row!;
}

describe("requestSync", () => {
  it("records the run and its job before handing over; a second request joins the first", async () => {
    const row = await activeIntegration();
    const [first, second] = await Promise.all([
      requestSync(db, { tenantId: row.tenantId, integrationId: row.id, trigger: "manual" }),
      requestSync(db, { tenantId: row.tenantId, integrationId: row.id, trigger: "manual" }),
    ]);
    expect(first!.run.id).toBe(second!.run.id);
    expect([first!.deduplicated, second!.deduplicated].sort()).toEqual([false, true]);
    const runs = await db.select().from(syncRuns).where(eq(syncRuns.integrationId, row.id));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "queued", trigger: "manual" });
    // No Inngest is reachable in unit tests: the job stays in the outbox, with the reason.
    const jobs = await db.select().from(jobOutbox).where(eq(jobOutbox.tenantId, row.tenantId));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.payload).toEqual({ tenantId: row.tenantId, integrationId: row.id, syncRunId: runs[0]!.id });
    expect(jobs[0]!.status).toBe("pending");
    expect(jobs[0]!.lastError).toBeTruthy();
  });

  it("starts a new run once the previous one finished", async () => {
    const row = await activeIntegration();
    const first = await requestSync(db, { tenantId: row.tenantId, integrationId: row.id, trigger: "manual" });
    await db.update(syncRuns).set({ status: "succeeded" }).where(eq(syncRuns.id, first!.run.id));
    const second = await requestSync(db, { tenantId: row.tenantId, integrationId: row.id, trigger: "schedule" });
    expect(second!.run.id).not.toBe(first!.run.id);
    expect(second!.deduplicated).toBe(false);
  });

  it("ignores another workspace's integration id", async () => {
    const row = await activeIntegration();
    const other = await createWorkspaceWithOwner(db);
    expect(await requestSync(db, { tenantId: other.tenant.id, integrationId: row.id, trigger: "manual" })).toBeNull();
    expect(await db.select().from(syncRuns).where(eq(syncRuns.integrationId, row.id))).toHaveLength(0);
  });
});
