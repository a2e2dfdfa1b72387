import "server-only";
import type { Integration } from "@/db/schema";
import { customBaseUrlsAllowed } from "@/lib/env";
import type { ProviderDefinition } from "@/lib/providers/types";
import { secretFields } from "./config";
import { openIntegrationSecrets } from "./secrets";

/**
 * What the user submitted, completed from what is stored: a blank secret keeps the stored one,
 * read-only fields are dropped, and the base URL stays put unless custom URLs are allowed.
 * Stored secrets never travel to a different host: pointing the integration at another base
 * URL requires typing the secrets again, or the write-only key could be sent anywhere.
 */
export function mergeDraft(
  provider: ProviderDefinition,
  input: Record<string, unknown>,
  existing: Integration | null,
): Record<string, unknown> {
  const secretNames = new Set(secretFields(provider.manifest));
  const storedBaseUrl = existing?.settings.baseUrl ?? provider.manifest.defaultBaseUrl;
  const movesHost = customBaseUrlsAllowed() && typeof input.baseUrl === "string" && input.baseUrl !== storedBaseUrl;
  const stored = existing ? { ...existing.settings, ...(movesHost ? {} : openIntegrationSecrets(existing)) } : {};
  const merged: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(input)) {
    if (!(key in provider.manifest.configSchema.shape)) continue;
    if (secretNames.has(key) && (value === "" || value === undefined || value === null)) continue;
    merged[key] = value;
  }
  if (!customBaseUrlsAllowed()) {
    if (existing?.settings.baseUrl) merged.baseUrl = existing.settings.baseUrl;
    else delete merged.baseUrl;
  }
  return merged;
}

/** Names of settings whose value differs from what is stored; secrets are compared, never shown. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
