import { cron } from "inngest";
import { getDb } from "@/db";
import { inngest } from "@/inngest/client";
import { dispatchPendingJobs } from "@/lib/jobs/outbox";

/** Every minute: hand over jobs written while Inngest could not be reached. */
export const relayOutbox = inngest.createFunction(
  { id: "relay-outbox", triggers: [cron("* * * * *")] },
  async ({ step }) => step.run("dispatch-pending-jobs", async () => dispatchPendingJobs(await getDb())),
);
