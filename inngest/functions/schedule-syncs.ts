import { cron } from "inngest";
import { getDb } from "@/db";
import { inngest } from "@/inngest/client";
import { requestDueSyncs } from "@/lib/sync/due";

/** Every five minutes: request a sync for each integration whose interval has passed. */
export const scheduleSyncs = inngest.createFunction(
  { id: "schedule-syncs", triggers: [cron("*/5 * * * *")] },
  async ({ step }) => step.run("request-due-syncs", async () => requestDueSyncs(await getDb())),
);
