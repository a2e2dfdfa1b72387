"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { testDraft as test } from "../connection";
import { draftTarget } from "./resolve";
import { providerDraftSchema } from "./schemas";

/** Live validation while typing: tests the typed key against the provider, saves nothing. */
export const testDraft = tenantAction({ schema: providerDraftSchema, role: "admin" }, async (input, ctx) => {
  const { db, provider, existing } = await draftTarget(ctx.tenant.id, input.provider);
  return test(db, provider, ctx.tenant.id, input.values, existing);
});
