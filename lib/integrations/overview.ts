import "server-only";
import type { Executor } from "@/db";
import type { IntegrationStatus, SyncStatus } from "@/db/schema";
import { listProviders } from "@/lib/providers/registry";
import type { CountSpec, ProviderCategory } from "@/lib/providers/types";
import { latestSyncRuns, listIntegrations, recordCounts } from "./queries";

/** What a card shows; plain data, safe to hand to client components (no secrets, no hints). */
export type IntegrationCardData = {
  provider: { id: string; name: string; category: ProviderCategory; icon: string; description: string; counts: CountSpec[] };
  integration: {
    id: string;
    status: IntegrationStatus;
    enabled: boolean;
    lastSyncAt: string | null;
    lastError: string | null;
    counts: Record<string, number>;
    latestRun: { id: string; status: SyncStatus; records: Record<string, number>; error: string | null; createdAt: string } | null;
  } | null;
};

export async function loadIntegrationCards(db: Executor, tenantId: string): Promise<IntegrationCardData[]> {
  const rows = await listIntegrations(db, tenantId);
  const ids = rows.map((r) => r.id);
  const [counts, runs] = await Promise.all([recordCounts(db, tenantId, ids), latestSyncRuns(db, tenantId, ids)]);
  return listProviders().map(({ manifest }) => {
    const row = rows.find((r) => r.provider === manifest.id);
    const run = row ? runs.get(row.id) : undefined;
    return {
      provider: {
        id: manifest.id,
        name: manifest.name,
        category: manifest.category,
        icon: manifest.icon,
        description: manifest.description,
        counts: manifest.counts,
      },
      integration: row
        ? {
            id: row.id,
            status: row.status,
            enabled: row.enabled,
            lastSyncAt: row.lastSyncAt?.toISOString() ?? null,
            lastError: row.lastError,
            counts: counts.get(row.id) ?? {},
            latestRun: run
              ? { id: run.id, status: run.status, records: run.records, error: run.error, createdAt: run.createdAt.toISOString() }
              : null,
          }
        : null,
    };
  });
}
