"use server";

import { revalidatePath } from "next/cache";
import { ActionError } from "@/lib/actions/result";
import { tenantAction } from "@/lib/actions/tenant-action";
import { translatedError } from "@/lib/actions/translated-error";
import { saveIntegration as save } from "../save";
import { draftTarget } from "./resolve";
import { providerDraftSchema } from "./schemas";

export const saveIntegration = tenantAction({ schema: providerDraftSchema, role: "admin" }, async (input, ctx) => {
  const { db, provider } = await draftTarget(ctx.tenant.id, input.provider);
  const outcome = await save(db, provider, { tenantId: ctx.tenant.id, actorUserId: ctx.user.id, input: input.values });
  if (!outcome.ok) throw new ActionError((await translatedError("invalidInput")).message, outcome.fieldErrors);
  revalidatePath("/", "layout");
  return { integrationId: outcome.integrationId, status: outcome.status, error: outcome.error, syncRunId: outcome.syncRunId };
});
