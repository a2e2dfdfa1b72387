"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/actions/tenant-action";
import { testStoredIntegration } from "../connection";
import { integrationOrThrow } from "./resolve";
import { integrationIdSchema } from "./schemas";

export const testConnection = tenantAction({ schema: integrationIdSchema, role: "admin" }, async ({ integrationId }, ctx) => {
  const { db, integration, provider } = await integrationOrThrow(ctx.tenant.id, integrationId);
  const result = await testStoredIntegration(db, provider, integration, ctx.user.id);
  revalidatePath("/", "layout");
  return { status: result.status, error: result.error };
});
