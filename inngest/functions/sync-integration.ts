import { getDb } from "@/db";
import { inngest } from "@/inngest/client";
import { syncRequested } from "@/inngest/events";
import { runSync } from "@/lib/sync/run-sync";

export class RetryableSyncError extends Error {
  name = "RetryableSyncError";
}

/**
 * Runs a recorded sync. One at a time per integration; a transient failure throws inside the
 * step so Inngest retries it with backoff, a permanent one (a rejected key) ends the run.
 */
export const syncIntegration = inngest.createFunction(
  {
    id: "sync-integration",
    triggers: [syncRequested],
    concurrency: { key: "event.data.integrationId", limit: 1 },
    retries: 3,
  },
  async ({ event, step }) => {
    return step.run("run-sync", async () => {
      const result = await runSync(await getDb(), event.data.syncRunId);
      if (result.status === "failed" && result.retryable) throw new RetryableSyncError(result.error);
      return result;
    });
  },
);
