import "server-only";
import type { Executor } from "@/db";
import { activityLog, type Outcome } from "@/db/schema";

export type ActivityInput = {
  tenantId: string;
  actorUserId?: string | null;
  action: string;
  outcome?: Outcome;
  targetType?: string;
  targetId?: string;
  provider?: string;
  /** Never put a secret here: activity is shown to every member. */
  metadata?: Record<string, unknown>;
};

export async function recordActivity(db: Executor, entry: ActivityInput): Promise<void> {
  await db.insert(activityLog).values({
    tenantId: entry.tenantId,
    actorUserId: entry.actorUserId ?? null,
    action: entry.action,
    outcome: entry.outcome ?? "info",
    targetType: entry.targetType,
    targetId: entry.targetId,
    provider: entry.provider,
    metadata: entry.metadata ?? {},
  });
}
