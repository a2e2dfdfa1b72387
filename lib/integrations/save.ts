import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { integrations, type IntegrationStatus } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import { countLocations, unmetPrerequisites } from "@/lib/locations/prerequisites";
import type { Prerequisite, ProviderDefinition } from "@/lib/providers/types";
import { requestSync } from "@/lib/sync/request-sync";
import { fieldErrorsOf, secretFields, splitConfig } from "./config";
import { changedFields, mergeDraft } from "./draft";
import { providerContext } from "./provider-context";
import { findIntegrationByProvider } from "./queries";
import { openIntegrationSecrets, sealIntegrationSecrets } from "./secrets";
import { transitionStatus } from "./status";

export type SaveOutcome =
  | { ok: false; fieldErrors: Record<string, string[]>; error: string }
  | { ok: true; integrationId: string; status: IntegrationStatus; error: string | null; unmet: Prerequisite[]; syncRunId: string | null };

/**
 * Save: validate -> test against the provider -> seal -> store -> status -> sync if automatic.
 * The row is stored even when the test fails, so the user sees the error on the integration
 * and does not lose what they typed.
 */
export async function saveIntegration(
  db: Executor,
  provider: ProviderDefinition,
  args: { tenantId: string; actorUserId: string; input: Record<string, unknown> },
): Promise<SaveOutcome> {
  const existing = await findIntegrationByProvider(db, args.tenantId, provider.manifest.id);
  const parsed = provider.manifest.configSchema.safeParse(mergeDraft(provider, args.input, existing));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), error: "Please correct the highlighted fields." };
  const config = parsed.data as Record<string, unknown>;
  const { settings, secrets } = splitConfig(provider.manifest, config);
  const missing = secretFields(provider.manifest).filter((f) => !secrets[f]);
  if (missing.length) return { ok: false, fieldErrors: Object.fromEntries(missing.map((f) => [f, ["Required."]])), error: "Please correct the highlighted fields." };

  const integrationId = existing?.id ?? crypto.randomUUID();
  const test = await provider.testConnection(providerContext(db, provider, { tenantId: args.tenantId, integrationId: existing?.id ?? null }, config));
  const unmet = unmetPrerequisites(await countLocations(db, args.tenantId), provider.manifest.prerequisites);
  const sealed = sealIntegrationSecrets({ tenantId: args.tenantId, id: integrationId }, secrets);
  const before = existing ? { ...existing.settings, ...openIntegrationSecrets(existing) } : {};

  if (existing) {
    await db
      .update(integrations)
      .set({ settings, secrets: sealed.secrets, secretHints: sealed.hints })
      .where(and(eq(integrations.id, existing.id), eq(integrations.tenantId, args.tenantId)));
  } else {
    await db.insert(integrations).values({
      id: integrationId,
      tenantId: args.tenantId,
      provider: provider.manifest.id,
      name: provider.manifest.name,
      settings,
      secrets: sealed.secrets,
      secretHints: sealed.hints,
      createdBy: args.actorUserId,
    });
  }
  const changed = changedFields(before, config);
  const secretNames = new Set(secretFields(provider.manifest));
  await recordActivity(db, {
    tenantId: args.tenantId,
    actorUserId: args.actorUserId,
    action: existing ? "integration.updated" : "integration.connected",
    outcome: "success",
    targetType: "integration",
    targetId: integrationId,
    provider: provider.manifest.id,
    // Field names only; a changed secret is reported as "key changed", never its value.
    metadata: { settingsChanged: changed.filter((f) => !secretNames.has(f)), secretsChanged: changed.filter((f) => secretNames.has(f)) },
  });

  const status = await settleStatus(db, provider, { tenantId: args.tenantId, integrationId, actorUserId: args.actorUserId, test, unmet, wasDisconnected: existing?.status === "disconnected" });
  let syncRunId: string | null = null;
  if (status.status === "active" && provider.manifest.supportsSync && config.autoSync === true) {
    syncRunId = (await requestSync(db, { tenantId: args.tenantId, integrationId, trigger: "save" }))?.run.id ?? null;
  }
  return { ok: true, integrationId, status: status.status, error: status.error, unmet, syncRunId };
}

/** Test result + prerequisites -> the status the integration should have now. */
export async function settleStatus(
  db: Executor,
  provider: ProviderDefinition,
  args: {
    tenantId: string;
    integrationId: string;
    actorUserId: string | null;
    test: { ok: true } | { ok: false; error: string };
    unmet: Prerequisite[];
    wasDisconnected?: boolean;
  },
): Promise<{ status: IntegrationStatus; error: string | null }> {
  const base = { tenantId: args.tenantId, integrationId: args.integrationId, provider: provider.manifest.id, actorUserId: args.actorUserId };
  // A disabled integration stays disabled when its settings change; enabling is its own action.
  if (args.wasDisconnected) return { status: "disconnected", error: args.test.ok ? null : args.test.error };
  if (!args.test.ok) {
    // Logged on every failure, also when the status was already error and does not move.
    await recordActivity(db, {
      tenantId: args.tenantId,
      actorUserId: args.actorUserId,
      action: "integration.test_failed",
      outcome: "failure",
      targetType: "integration",
      targetId: args.integrationId,
      provider: provider.manifest.id,
      metadata: { error: args.test.error },
    });
    await transitionStatus(db, { ...base, to: "error", reason: args.test.error });
    return { status: "error", error: args.test.error };
  }
  if (args.unmet.length) {
    const reason = describeUnmet(provider, args.unmet);
    const [row] = await db.select({ status: integrations.status }).from(integrations).where(eq(integrations.id, args.integrationId));
    // Cannot become active while a prerequisite is unmet: a new one stays pending, others go to error.
    if (row?.status === "pending") {
      await db.update(integrations).set({ lastError: reason }).where(eq(integrations.id, args.integrationId));
      return { status: "pending", error: reason };
    }
    await transitionStatus(db, { ...base, to: "error", reason });
    return { status: "error", error: reason };
  }
  await transitionStatus(db, { ...base, to: "active", reason: "Connection test passed." });
  return { status: "active", error: null };
}

export function describeUnmet(provider: ProviderDefinition, unmet: Prerequisite[]): string {
  const parts = unmet.map((p) => (p.kind === "branch" ? `at least ${p.min} branch` : `at least ${p.min} staff member`));
  return `${provider.manifest.name} needs ${parts.join(" and ")} before it can be active.`;
}
