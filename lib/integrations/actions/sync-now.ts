"use server";

import { revalidatePath } from "next/cache";
import { translatedError } from "@/lib/actions/translated-error";
import { tenantAction } from "@/lib/actions/tenant-action";
import { requestSync } from "@/lib/sync/request-sync";
import { integrationOrThrow } from "./resolve";
import { integrationIdSchema } from "./schemas";

export const syncNow = tenantAction({ schema: integrationIdSchema, role: "member" }, async ({ integrationId }, ctx) => {
  const { db, integration } = await integrationOrThrow(ctx.tenant.id, integrationId);
  if (!integration.enabled) throw await translatedError("enableBeforeSync");
  const request = await requestSync(db, { tenantId: ctx.tenant.id, integrationId, trigger: "manual" });
  if (!request) throw await translatedError("integrationNotFound");
  revalidatePath("/", "layout");
  return { syncRunId: request.run.id, deduplicated: request.deduplicated, handedToInngest: request.handedToInngest };
});
