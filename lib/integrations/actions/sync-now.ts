"use server";

import { revalidatePath } from "next/cache";
import { ActionError } from "@/lib/actions/result";
import { tenantAction } from "@/lib/actions/tenant-action";
import { requestSync } from "@/lib/sync/request-sync";
import { integrationOrThrow } from "./resolve";
import { integrationIdSchema } from "./schemas";

export const syncNow = tenantAction({ schema: integrationIdSchema, role: "member" }, async ({ integrationId }, ctx) => {
  const { db, integration } = await integrationOrThrow(ctx.tenant.id, integrationId);
  if (!integration.enabled) throw new ActionError("Enable the integration before syncing it.");
  const request = await requestSync(db, { tenantId: ctx.tenant.id, integrationId, trigger: "manual" });
  if (!request) throw new ActionError("That integration does not exist in this workspace.");
  revalidatePath("/", "layout");
  return { syncRunId: request.run.id, deduplicated: request.deduplicated, handedToInngest: request.handedToInngest };
});
