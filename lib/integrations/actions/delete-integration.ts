"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/actions/tenant-action";
import { deleteIntegration as remove } from "../lifecycle";
import { integrationOrThrow } from "./resolve";
import { integrationIdSchema } from "./schemas";

export const deleteIntegration = tenantAction({ schema: integrationIdSchema, role: "admin" }, async ({ integrationId }, ctx) => {
  const { db, integration } = await integrationOrThrow(ctx.tenant.id, integrationId);
  await remove(db, integration, ctx.user.id);
  revalidatePath("/", "layout");
  return { integrationId };
});
