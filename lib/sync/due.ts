import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { integrations, syncRuns } from "@/db/schema";
import { requestSync, STALE_RUN_MS } from "./request-sync";

/**
 * Integrations whose automatic sync is due at `now`: enabled, active, automatic sync on, last
 * sync older than their interval (or never), and no live run already.
 */
export async function findDueIntegrations(db: Executor, now: Date) {
  const staleBefore = new Date(now.getTime() - STALE_RUN_MS);
  return db
    .select({ id: integrations.id, tenantId: integrations.tenantId })
    .from(integrations)
    .where(
      and(
        eq(integrations.enabled, true),
        eq(integrations.status, "active"),
        sql`coalesce((${integrations.settings} ->> 'autoSync')::boolean, false)`,
        sql`(${integrations.lastSyncAt} is null or ${integrations.lastSyncAt} <= ${now.toISOString()}::timestamptz - make_interval(mins => coalesce((${integrations.settings} ->> 'syncIntervalMinutes')::int, 60)))`,
        sql`not exists (select 1 from ${syncRuns} where ${syncRuns.integrationId} = ${integrations.id} and ${syncRuns.status} in ('queued', 'running') and ${syncRuns.createdAt} > ${staleBefore.toISOString()}::timestamptz)`,
      ),
    );
}

/** What the scheduler runs every five minutes. */
export async function requestDueSyncs(db: Executor, now = new Date()) {
  const due = await findDueIntegrations(db, now);
  let requested = 0;
  for (const integration of due) {
    const result = await requestSync(db, { tenantId: integration.tenantId, integrationId: integration.id, trigger: "schedule" });
    if (result && !result.deduplicated) requested++;
  }
  return { due: due.length, requested };
}
