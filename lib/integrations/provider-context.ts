import "server-only";
import type { Executor } from "@/db";
import type { Integration } from "@/db/schema";
import { customBaseUrlsAllowed, env } from "@/lib/env";
import { createProviderFetch } from "@/lib/providers/gateway/gateway";
import type { ProviderContext, ProviderDefinition } from "@/lib/providers/types";
import { openIntegrationSecrets } from "./secrets";

/** The base URL calls go to: the stored one only where the deployment allows custom URLs. */
export function effectiveBaseUrl(provider: ProviderDefinition, settings: Record<string, unknown>): string {
  const stored = typeof settings.baseUrl === "string" ? settings.baseUrl : undefined;
  return (customBaseUrlsAllowed() && stored) || provider.manifest.defaultBaseUrl;
}

/** A context for a config the caller holds in the clear (a draft being typed, or opened secrets). */
export function providerContext(
  db: Executor,
  provider: ProviderDefinition,
  target: { tenantId: string; integrationId: string | null },
  config: Record<string, unknown>,
): ProviderContext {
  return {
    tenantId: target.tenantId,
    integrationId: target.integrationId,
    baseUrl: effectiveBaseUrl(provider, config).replace(/\/+$/, ""),
    config,
    fetch: createProviderFetch({
      db,
      tenantId: target.tenantId,
      integrationId: target.integrationId,
      providerId: provider.manifest.id,
      providerName: provider.manifest.name,
      rateLimit: provider.manifest.rateLimit,
      timeoutMs: env().PROVIDER_TIMEOUT_MS,
      maxRetries: env().PROVIDER_MAX_RETRIES,
    }),
  };
}

/** A context for a stored integration: its settings plus its opened secrets. */
export function storedProviderContext(db: Executor, provider: ProviderDefinition, integration: Integration): ProviderContext {
  const config = { ...integration.settings, ...openIntegrationSecrets(integration) };
  return providerContext(db, provider, { tenantId: integration.tenantId, integrationId: integration.id }, config);
}
