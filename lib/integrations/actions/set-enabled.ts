"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { translatedError } from "@/lib/actions/translated-error";
import { tenantAction } from "@/lib/actions/tenant-action";
import { disableIntegration, enableIntegration } from "../lifecycle";
import { IllegalTransitionError } from "../status";
import { integrationOrThrow } from "./resolve";
import { integrationIdSchema } from "./schemas";

export const setIntegrationEnabled = tenantAction(
  { schema: integrationIdSchema.extend({ enabled: z.boolean() }), role: "admin" },
  async ({ integrationId, enabled }, ctx) => {
    const { db, integration, provider } = await integrationOrThrow(ctx.tenant.id, integrationId);
    try {
      if (enabled) await enableIntegration(db, provider, integration, ctx.user.id);
      else await disableIntegration(db, integration, ctx.user.id);
    } catch (error) {
      if (error instanceof IllegalTransitionError) throw await translatedError("illegalTransition", { from: error.from, to: error.to });
      throw error;
    }
    revalidatePath("/", "layout");
    return { enabled };
  },
);
