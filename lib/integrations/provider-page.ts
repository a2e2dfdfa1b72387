import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { syncRuns, syncedRecords, type Integration } from "@/db/schema";
import { customBaseUrlsAllowed } from "@/lib/env";
import { countLocations, unmetPrerequisites } from "@/lib/locations/prerequisites";
import type { ProviderDefinition } from "@/lib/providers/types";
import { configJsonSchema, secretFields } from "./config";
import { findIntegrationByProvider, recordCounts } from "./queries";

/** What the settings form receives: settings in the clear, secrets only as hints. */
export type SettingsFormData = {
  providerId: string;
  providerName: string;
  jsonSchema: Record<string, unknown>;
  values: Record<string, unknown>;
  secretHints: Record<string, string | null>;
  allowBaseUrl: boolean;
  webhookUrl: string | null;
};

export async function loadProviderPage(db: Executor, tenantId: string, provider: ProviderDefinition, origin: string) {
  const integration = await findIntegrationByProvider(db, tenantId, provider.manifest.id);
  const [locations, runs, counts] = await Promise.all([
    countLocations(db, tenantId),
    integration
      ? db.select().from(syncRuns).where(and(eq(syncRuns.integrationId, integration.id), eq(syncRuns.tenantId, tenantId))).orderBy(desc(syncRuns.createdAt)).limit(10)
      : Promise.resolve([]),
    integration ? recordCounts(db, tenantId, [integration.id]) : Promise.resolve(new Map<string, Record<string, number>>()),
  ]);
  return {
    integration: integration && publicIntegration(integration),
    unmet: unmetPrerequisites(locations, provider.manifest.prerequisites),
    runs,
    counts: integration ? (counts.get(integration.id) ?? {}) : {},
    form: settingsFormData(provider, integration, origin),
  };
}

function publicIntegration(row: Integration) {
  return { id: row.id, status: row.status, enabled: row.enabled, lastSyncAt: row.lastSyncAt, lastError: row.lastError };
}

function settingsFormData(provider: ProviderDefinition, integration: Integration | null, origin: string): SettingsFormData {
  const hints: Record<string, string | null> = {};
  for (const field of secretFields(provider.manifest)) {
    if (integration?.secrets[field]) hints[field] = integration.secretHints[field] ?? null;
  }
  return {
    providerId: provider.manifest.id,
    providerName: provider.manifest.name,
    jsonSchema: configJsonSchema(provider.manifest),
    values: integration?.settings ?? {},
    secretHints: hints,
    allowBaseUrl: customBaseUrlsAllowed(),
    webhookUrl: integration ? `${origin}/api/webhooks/${provider.manifest.id}/${integration.id}` : null,
  };
}

/** Provider users (kind `users`) with the staff member each is mapped to. */
export async function loadStaffMapping(db: Executor, tenantId: string, integrationId: string) {
  return db
    .select({ id: syncedRecords.id, externalId: syncedRecords.externalId, data: syncedRecords.data, staffId: syncedRecords.mappedLocalId })
    .from(syncedRecords)
    .where(and(eq(syncedRecords.tenantId, tenantId), eq(syncedRecords.integrationId, integrationId), eq(syncedRecords.kind, "users")));
}
