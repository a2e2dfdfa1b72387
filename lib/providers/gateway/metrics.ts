import "server-only";
import type { Executor } from "@/db";
import { integrationMetrics } from "@/db/schema";

/** One logical provider call (all its attempts and waits), as the gateway reports it. */
export type ProviderCallMetric = {
  providerId: string;
  tenantId: string;
  integrationId: string | null;
  action: string;
  /** A 2xx or 3xx final response. */
  success: boolean;
  /** The final response's status; null when no response came. */
  status: number | null;
  attempts: number;
  durationMs: number;
};

/** Writes the call to integration_metrics; a failure is logged and swallowed, never breaking the call. */
export async function recordProviderCall(
  db: Executor,
  metric: ProviderCallMetric & { integrationId: string },
): Promise<void> {
  const row = {
    tenantId: metric.tenantId,
    integrationId: metric.integrationId,
    action: metric.action,
    success: metric.success,
    durationMs: Math.round(metric.durationMs),
    records: null,
  };
  try {
    // In a caller's transaction a failed insert would abort the whole transaction; a savepoint
    // keeps the failure to itself.
    if ("rollback" in db) {
      await db.transaction(async (savepoint) => {
        await savepoint.insert(integrationMetrics).values(row);
      });
    } else {
      await db.insert(integrationMetrics).values(row);
    }
  } catch (error) {
    // Drizzle wraps the driver's error (the useful part) as `cause` under the failed SQL.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
    console.warn(`[gateway] could not record ${metric.action} for integration ${metric.integrationId}: ${reason}`);
  }
}
