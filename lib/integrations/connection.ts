import "server-only";
import type { Executor } from "@/db";
import type { Integration } from "@/db/schema";
import { countLocations, unmetPrerequisites } from "@/lib/locations/prerequisites";
import type { ConnectionTest, DiscoveryOption, ProviderDefinition } from "@/lib/providers/types";
import { describeProviderError } from "./errors";
import { mergeDraft } from "./draft";
import { providerContext, storedProviderContext } from "./provider-context";
import { settleStatus } from "./save";

async function safely<T>(provider: ProviderDefinition, run: () => Promise<T>): Promise<T | ConnectionTest> {
  try {
    return await run();
  } catch (error) {
    return { ok: false, error: describeProviderError(provider.manifest.name, error) };
  }
}

/**
 * Tests what the user is typing, completed from what is stored (a blank key field means the
 * stored key), without saving anything. Used while typing and before save.
 */
export async function testDraft(
  db: Executor,
  provider: ProviderDefinition,
  tenantId: string,
  input: Record<string, unknown>,
  existing: Integration | null,
): Promise<ConnectionTest> {
  const config = mergeDraft(provider, input, existing);
  return safely(provider, () => provider.testConnection(providerContext(db, provider, { tenantId, integrationId: existing?.id ?? null }, config)));
}

/** "Test connection" on a stored integration: tests and moves its status accordingly. */
export async function testStoredIntegration(db: Executor, provider: ProviderDefinition, integration: Integration, actorUserId: string) {
  const test = await safely(provider, () => provider.testConnection(storedProviderContext(db, provider, integration)));
  const unmet = unmetPrerequisites(await countLocations(db, integration.tenantId), provider.manifest.prerequisites);
  const settled = await settleStatus(db, provider, {
    tenantId: integration.tenantId,
    integrationId: integration.id,
    actorUserId,
    test,
    unmet,
    wasDisconnected: integration.status === "disconnected",
  });
  return { test, ...settled };
}

/** Options for a select, filled from the provider with the draft's (or stored) credentials. */
export async function discoverOptions(
  db: Executor,
  provider: ProviderDefinition,
  tenantId: string,
  source: string,
  input: Record<string, unknown>,
  existing: Integration | null,
): Promise<{ ok: true; options: DiscoveryOption[] } | { ok: false; error: string }> {
  const config = mergeDraft(provider, input, existing);
  try {
    const ctx = providerContext(db, provider, { tenantId, integrationId: existing?.id ?? null }, config);
    return { ok: true, options: await provider.discover(ctx, source) };
  } catch (error) {
    return { ok: false, error: describeProviderError(provider.manifest.name, error) };
  }
}
