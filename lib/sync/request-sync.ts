import "server-only";
import { and, desc, eq, gt, inArray } from "drizzle-orm";
import type { Executor } from "@/db";
import { integrations, syncRuns, type SyncRun, type SyncTrigger } from "@/db/schema";
import { syncRequested } from "@/inngest/events";
import { dispatchJob, enqueueJob } from "@/lib/jobs/outbox";

/** A queued or running run younger than this blocks a new one; older ones are presumed dead. */
export const STALE_RUN_MS = 30 * 60 * 1000;

export type SyncRequest = { run: SyncRun; deduplicated: boolean; handedToInngest: boolean };

/**
 * Records a sync run and its job before anything is attempted. A second request while one is
 * queued or running returns that run instead (two "Sync now" clicks run one sync); the
 * integration's row lock makes that check safe under concurrency.
 */
export async function requestSync(
  db: Executor,
  input: { tenantId: string; integrationId: string; trigger: SyncTrigger },
): Promise<SyncRequest | null> {
  const created = await db.transaction(async (tx) => {
    const [integration] = await tx
      .select({ id: integrations.id })
      .from(integrations)
      .where(and(eq(integrations.id, input.integrationId), eq(integrations.tenantId, input.tenantId)))
      .for("update");
    if (!integration) return null;
    const [open] = await tx
      .select()
      .from(syncRuns)
      .where(
        and(
          eq(syncRuns.integrationId, input.integrationId),
          inArray(syncRuns.status, ["queued", "running"]),
          gt(syncRuns.createdAt, new Date(Date.now() - STALE_RUN_MS)),
        ),
      )
      .orderBy(desc(syncRuns.createdAt))
      .limit(1);
    if (open) return { run: open, job: null };
    const [run] = await tx
      .insert(syncRuns)
      .values({ tenantId: input.tenantId, integrationId: input.integrationId, trigger: input.trigger })
      .returning();
    if (!run) throw new Error("sync run insert returned nothing");
    const job = await enqueueJob(tx, {
      tenantId: input.tenantId,
      name: syncRequested.name,
      payload: { tenantId: input.tenantId, integrationId: input.integrationId, syncRunId: run.id },
    });
    return { run, job };
  });
  if (!created) return null;
  if (!created.job) return { run: created.run, deduplicated: true, handedToInngest: true };
  // Outside the transaction: the job is durable now, so a failed hand-over loses nothing.
  const handedToInngest = await dispatchJob(db, created.job);
  return { run: created.run, deduplicated: false, handedToInngest };
}
