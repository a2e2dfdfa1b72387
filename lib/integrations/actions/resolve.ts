import "server-only";
import { getDb } from "@/db";
import { ActionError } from "@/lib/actions/result";
import { getProvider } from "@/lib/providers/registry";
import { findIntegrationByProvider, getIntegration } from "../queries";

export async function providerOrThrow(id: string) {
  const provider = getProvider(id);
  if (!provider) throw new ActionError("Unknown provider.");
  return provider;
}

/** The integration by id, in the caller's workspace only; another workspace's id is "not found". */
export async function integrationOrThrow(tenantId: string, integrationId: string) {
  const db = await getDb();
  const integration = await getIntegration(db, tenantId, integrationId);
  if (!integration) throw new ActionError("That integration does not exist in this workspace.");
  return { db, integration, provider: await providerOrThrow(integration.provider) };
}

export async function draftTarget(tenantId: string, providerId: string) {
  const db = await getDb();
  const provider = await providerOrThrow(providerId);
  return { db, provider, existing: await findIntegrationByProvider(db, tenantId, providerId) };
}
