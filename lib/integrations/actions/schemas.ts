import { z } from "zod";

export const providerDraftSchema = z.object({
  provider: z.string().min(1).max(64),
  values: z.record(z.string(), z.unknown()),
});

export const integrationIdSchema = z.object({ integrationId: z.uuid() });
