import "server-only";
import { getDb } from "@/db";
import { translatedError } from "@/lib/actions/translated-error";
import { getProvider } from "@/lib/providers/registry";
import { findIntegrationByProvider, getIntegration } from "../queries";

export async function providerOrThrow(id: string) {
  const provider = getProvider(id);
  if (!provider) throw await translatedError("unknownProvider");
  return provider;
}

/** The integration by id, in the caller's workspace only; another workspace's id is "not found". */
export async function integrationOrThrow(tenantId: string, integrationId: string) {
  const db = await getDb();
  const integration = await getIntegration(db, tenantId, integrationId);
  if (!integration) throw await translatedError("integrationNotFound");
  return { db, integration, provider: await providerOrThrow(integration.provider) };
}

export async function draftTarget(tenantId: string, providerId: string) {
  const db = await getDb();
  const provider = await providerOrThrow(providerId);
  return { db, provider, existing: await findIntegrationByProvider(db, tenantId, providerId) };
}
