import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { jobOutbox } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createWorkspaceWithOwner } from "@/lib/testing/factories";
import { dispatchJob, dispatchPendingJobs, enqueueJob, outboxHealth } from "./outbox";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});

const down = async () => {
  throw new Error("connect ECONNREFUSED 127.0.0.1:8288");
};

describe("job outbox", () => {
  it("keeps a job Inngest could not take, says so, and hands it over once Inngest is back", async () => {
    const { tenant } = await createWorkspaceWithOwner(db);
    const job = await enqueueJob(db, { tenantId: tenant.id, name: "integration/sync.requested", payload: { n: 1 } });
    expect(await outboxHealth(db, tenant.id)).toMatchObject({ waiting: 0 });

    expect(await dispatchJob(db, job, down)).toBe(false);
    const health = await outboxHealth(db, tenant.id);
    expect(health).toMatchObject({ waiting: 1, lastError: "connect ECONNREFUSED 127.0.0.1:8288" });
    expect(health.oldestWaitingSince).toBeInstanceOf(Date);

    const sent: { id: string; name: string }[] = [];
    const result = await dispatchPendingJobs(db, async (event) => void sent.push(event), { tenantId: tenant.id });
    expect(result).toEqual({ sent: 1, pending: 0 });
    // The outbox id is the event id, so Inngest drops a repeated hand-over.
    expect(sent.find((e) => e.id === job.id)).toMatchObject({ name: "integration/sync.requested" });
    const [row] = await db.select().from(jobOutbox).where(eq(jobOutbox.id, job.id));
    expect(row).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(await outboxHealth(db, tenant.id)).toMatchObject({ waiting: 0 });
  });

  it("stops at the first failure so order is kept", async () => {
    const { tenant } = await createWorkspaceWithOwner(db);
    await enqueueJob(db, { tenantId: tenant.id, name: "a", payload: {} });
    await enqueueJob(db, { tenantId: tenant.id, name: "b", payload: {} });
    let calls = 0;
    await dispatchPendingJobs(db, async () => {
      calls++;
      return down();
    }, { tenantId: tenant.id });
    expect(calls).toBe(1);
  });
});
