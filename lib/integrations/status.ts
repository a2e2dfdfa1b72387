import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { integrations, type IntegrationStatus } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";

/**
 * The only legal moves. pending -> active | error (first test); active -> error (a call failed);
 * error -> active (reconnected); any -> disconnected (an admin disabled it); disconnected -> active
 * (re-enabled and tested).
 */
const TRANSITIONS: Record<IntegrationStatus, IntegrationStatus[]> = {
  pending: ["active", "error", "disconnected"],
  active: ["error", "disconnected"],
  error: ["active", "disconnected"],
  disconnected: ["active"],
};

export function canTransition(from: IntegrationStatus, to: IntegrationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export class IllegalTransitionError extends Error {
  constructor(
    readonly from: IntegrationStatus,
    readonly to: IntegrationStatus,
  ) {
    super(`An integration cannot go from ${from} to ${to}.`);
    this.name = "IllegalTransitionError";
  }
}

export type TransitionInput = {
  tenantId: string;
  integrationId: string;
  provider: string;
  to: IntegrationStatus;
  /** Why, in words a tenant admin understands; stored as last_error when moving to error. */
  reason: string;
  actorUserId?: string | null;
};

/**
 * Moves an integration to `to`, locking its row so concurrent transitions see each other, and
 * logs the move. Staying in the same state is not a transition: only last_error is refreshed.
 */
export async function transitionStatus(db: Executor, input: TransitionInput): Promise<{ from: IntegrationStatus; changed: boolean }> {
  return db.transaction(async (tx) => {
    const where = and(eq(integrations.id, input.integrationId), eq(integrations.tenantId, input.tenantId));
    const [row] = await tx.select({ status: integrations.status }).from(integrations).where(where).for("update");
    if (!row) throw new Error("integration not found in this workspace");
    const lastError = input.to === "error" ? input.reason : null;
    if (row.status === input.to) {
      await tx.update(integrations).set({ lastError }).where(where);
      return { from: row.status, changed: false };
    }
    if (!canTransition(row.status, input.to)) throw new IllegalTransitionError(row.status, input.to);
    await tx
      .update(integrations)
      .set({ status: input.to, lastError, enabled: input.to === "disconnected" ? false : true })
      .where(where);
    await recordActivity(tx, {
      tenantId: input.tenantId,
      actorUserId: input.actorUserId,
      action: "integration.status_changed",
      outcome: input.to === "error" ? "failure" : input.to === "active" ? "success" : "info",
      targetType: "integration",
      targetId: input.integrationId,
      provider: input.provider,
      metadata: { from: row.status, to: input.to, reason: input.reason },
    });
    return { from: row.status, changed: true };
  });
}
