import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { integrationMetrics, integrations, syncRuns, syncedRecords, type SyncRun } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import { storedProviderContext } from "@/lib/integrations/provider-context";
import { autoMatchStaff } from "@/lib/integrations/staff-mapping";
import { transitionStatus } from "@/lib/integrations/status";
import { countLocations, unmetPrerequisites } from "@/lib/locations/prerequisites";
import { getProvider } from "@/lib/providers/registry";
import type { SyncSink } from "@/lib/providers/types";
import { describeProviderError, isTransientProviderError } from "@/lib/integrations/errors";

export type SyncRunResult = {
  status: "succeeded" | "failed" | "skipped";
  records: Record<string, number>;
  error?: string;
  /** A failure worth another attempt (network, 429, 5xx); a rejected key is not. */
  retryable?: boolean;
};

/**
 * Runs one recorded sync: marks it running, lets the provider pull through a sink that upserts
 * records and counts progress on the run row, then records the outcome on the run, the
 * integration, the metrics and the activity log. Safe to call again for the same run (a retry):
 * a finished run is not run twice.
 */
export async function runSync(db: Executor, syncRunId: string): Promise<SyncRunResult> {
  const [run] = await db.select().from(syncRuns).where(eq(syncRuns.id, syncRunId));
  if (!run || run.status === "succeeded") return { status: "skipped", records: run?.records ?? {} };
  const [integration] = await db
    .select()
    .from(integrations)
    .where(and(eq(integrations.id, run.integrationId), eq(integrations.tenantId, run.tenantId)));
  const provider = integration && getProvider(integration.provider);
  if (!integration || !provider || !integration.enabled) {
    await finishRun(db, run, "failed", {}, "The integration is disabled or no longer exists.");
    return { status: "skipped", records: {} };
  }

  const started = Date.now();
  await db.update(syncRuns).set({ status: "running", startedAt: new Date(), error: null }).where(eq(syncRuns.id, run.id));
  const counts: Record<string, number> = {};
  const sink: SyncSink = {
    async upsert(kind, records) {
      if (records.length === 0) return;
      await db
        .insert(syncedRecords)
        .values(records.map((r) => ({ tenantId: run.tenantId, integrationId: run.integrationId, kind, externalId: r.externalId, data: r.data })))
        .onConflictDoUpdate({
          target: [syncedRecords.integrationId, syncedRecords.kind, syncedRecords.externalId],
          set: { data: sql`excluded.data`, updatedAt: new Date() },
        });
      counts[kind] = (counts[kind] ?? 0) + records.length;
      await db.update(syncRuns).set({ records: { ...counts } }).where(eq(syncRuns.id, run.id));
    },
  };

  try {
    const outcome = await provider.sync(storedProviderContext(db, provider, integration), sink, integration.syncState);
    const durationMs = Date.now() - started;
    await finishRun(db, run, "succeeded", outcome.records, null, durationMs);
    await db.update(integrations).set({ lastSyncAt: new Date(), syncState: outcome.state }).where(eq(integrations.id, integration.id));
    await recordSyncOutcome(db, run, integration.provider, true, durationMs, outcome.records);
    await autoMatchStaff(db, run.tenantId, run.integrationId);
    // A successful sync proves the connection, but not the prerequisites: only recover when met.
    const unmet = unmetPrerequisites(await countLocations(db, run.tenantId), provider.manifest.prerequisites);
    if (integration.status === "error" && unmet.length === 0) {
      await transitionStatus(db, { ...ids(run), provider: integration.provider, to: "active", reason: "A sync succeeded." });
    }
    return { status: "succeeded", records: outcome.records };
  } catch (error) {
    const reason = describeProviderError(provider.manifest.name, error);
    const durationMs = Date.now() - started;
    await finishRun(db, run, "failed", counts, reason, durationMs);
    await recordSyncOutcome(db, run, integration.provider, false, durationMs, counts, reason);
    if (integration.status === "active") {
      await transitionStatus(db, { ...ids(run), provider: integration.provider, to: "error", reason });
    }
    return { status: "failed", records: counts, error: reason, retryable: isTransientProviderError(error) };
  }
}

const ids = (run: SyncRun) => ({ tenantId: run.tenantId, integrationId: run.integrationId });

async function finishRun(
  db: Executor,
  run: SyncRun,
  status: "succeeded" | "failed",
  records: Record<string, number>,
  error: string | null,
  durationMs?: number,
) {
  await db
    .update(syncRuns)
    .set({ status, records, error, finishedAt: new Date(), durationMs: durationMs ?? null })
    .where(eq(syncRuns.id, run.id));
}

async function recordSyncOutcome(
  db: Executor,
  run: SyncRun,
  provider: string,
  success: boolean,
  durationMs: number,
  records: Record<string, number>,
  error?: string,
) {
  const total = Object.values(records).reduce((a, b) => a + b, 0);
  await db.insert(integrationMetrics).values({ ...ids(run), action: "sync", success, durationMs, records: total });
  await recordActivity(db, {
    tenantId: run.tenantId,
    action: success ? "sync.finished" : "sync.failed",
    outcome: success ? "success" : "failure",
    targetType: "integration",
    targetId: run.integrationId,
    provider,
    metadata: { syncRunId: run.id, trigger: run.trigger, records, durationMs, ...(error ? { error } : {}) },
  });
}
