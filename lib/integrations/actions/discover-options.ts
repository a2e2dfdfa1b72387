"use server";

import { z } from "zod";
import { tenantAction } from "@/lib/actions/tenant-action";
import { discoverOptions as discover } from "../connection";
import { draftTarget } from "./resolve";
import { providerDraftSchema } from "./schemas";

export const discoverOptions = tenantAction(
  { schema: providerDraftSchema.extend({ source: z.string().min(1).max(64) }), role: "admin" },
  async (input, ctx) => {
    const { db, provider, existing } = await draftTarget(ctx.tenant.id, input.provider);
    return discover(db, provider, ctx.tenant.id, input.source, input.values, existing);
  },
);
