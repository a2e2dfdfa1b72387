import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { integrations, type Integration } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import type { ProviderDefinition } from "@/lib/providers/types";
import { testStoredIntegration } from "./connection";
import { transitionStatus } from "./status";

export async function disableIntegration(db: Executor, integration: Integration, actorUserId: string) {
  await transitionStatus(db, {
    tenantId: integration.tenantId,
    integrationId: integration.id,
    provider: integration.provider,
    to: "disconnected",
    reason: "Disabled by an admin.",
    actorUserId,
  });
}

/** Re-enabling makes it active again, then tests it: a failing test moves it on to error. */
export async function enableIntegration(db: Executor, provider: ProviderDefinition, integration: Integration, actorUserId: string) {
  await transitionStatus(db, {
    tenantId: integration.tenantId,
    integrationId: integration.id,
    provider: integration.provider,
    to: "active",
    reason: "Re-enabled by an admin.",
    actorUserId,
  });
  const [fresh] = await db.select().from(integrations).where(eq(integrations.id, integration.id));
  return testStoredIntegration(db, provider, fresh!, actorUserId);
}

/** Deletes the integration with its runs, records and metrics; the activity log keeps the story. */
export async function deleteIntegration(db: Executor, integration: Integration, actorUserId: string) {
  await db.transaction(async (tx) => {
    await tx.delete(integrations).where(and(eq(integrations.id, integration.id), eq(integrations.tenantId, integration.tenantId)));
    await recordActivity(tx, {
      tenantId: integration.tenantId,
      actorUserId,
      action: "integration.deleted",
      outcome: "info",
      targetType: "integration",
      targetId: integration.id,
      provider: integration.provider,
      metadata: { name: integration.name },
    });
  });
}
