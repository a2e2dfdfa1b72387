import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { integrations, syncRuns, syncedRecords, type Integration, type SyncRun } from "@/db/schema";

export async function getIntegration(db: Executor, tenantId: string, id: string): Promise<Integration | null> {
  const [row] = await db.select().from(integrations).where(and(eq(integrations.id, id), eq(integrations.tenantId, tenantId)));
  return row ?? null;
}

/** The tenant's integration for a provider (the UI keeps one per provider). */
export async function findIntegrationByProvider(db: Executor, tenantId: string, provider: string): Promise<Integration | null> {
  const [row] = await db
    .select()
    .from(integrations)
    .where(and(eq(integrations.tenantId, tenantId), eq(integrations.provider, provider)))
    .orderBy(integrations.createdAt)
    .limit(1);
  return row ?? null;
}

export async function listIntegrations(db: Executor, tenantId: string): Promise<Integration[]> {
  return db.select().from(integrations).where(eq(integrations.tenantId, tenantId));
}

/** integration id -> kind -> number of synced records. */
export async function recordCounts(db: Executor, tenantId: string, integrationIds: string[]) {
  if (integrationIds.length === 0) return new Map<string, Record<string, number>>();
  const rows = await db
    .select({ integrationId: syncedRecords.integrationId, kind: syncedRecords.kind, n: sql<number>`count(*)::int` })
    .from(syncedRecords)
    .where(and(eq(syncedRecords.tenantId, tenantId), inArray(syncedRecords.integrationId, integrationIds)))
    .groupBy(syncedRecords.integrationId, syncedRecords.kind);
  const out = new Map<string, Record<string, number>>();
  for (const r of rows) out.set(r.integrationId, { ...out.get(r.integrationId), [r.kind]: r.n });
  return out;
}

/** The newest sync run of each integration. */
export async function latestSyncRuns(db: Executor, tenantId: string, integrationIds: string[]): Promise<Map<string, SyncRun>> {
  if (integrationIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([syncRuns.integrationId])
    .from(syncRuns)
    .where(and(eq(syncRuns.tenantId, tenantId), inArray(syncRuns.integrationId, integrationIds)))
    .orderBy(syncRuns.integrationId, desc(syncRuns.createdAt));
  return new Map(rows.map((r) => [r.integrationId, r]));
}
