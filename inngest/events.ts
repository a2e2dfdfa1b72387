import { eventType } from "inngest";
import { z } from "zod";

// Event payloads are validated with zod on both sides; they carry ids only, never secrets.

export const syncRequested = eventType("integration/sync.requested", {
  schema: z.object({ tenantId: z.uuid(), integrationId: z.uuid(), syncRunId: z.uuid() }),
});
