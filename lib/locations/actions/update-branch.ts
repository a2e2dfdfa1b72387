"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { tenantAction } from "@/lib/actions/tenant-action";
import { updateBranch as update } from "../branches";
import { updateBranchSchema } from "../schemas";
import { problemError } from "./problem-error";

export const updateBranch = tenantAction({ schema: updateBranchSchema, role: "admin" }, async ({ id, ...input }, ctx) => {
  const result = await update(await getDb(), ctx.tenant.id, ctx.user.id, id, input);
  if (!result.ok) throw await problemError(result.problem);
  revalidatePath("/", "layout");
  return { id: result.branch.id, name: result.branch.name };
});
