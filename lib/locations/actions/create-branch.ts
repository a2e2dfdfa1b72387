"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { tenantAction } from "@/lib/actions/tenant-action";
import { createBranch as create } from "../branches";
import { branchSchema } from "../schemas";
import { problemError } from "./problem-error";

export const createBranch = tenantAction({ schema: branchSchema, role: "admin" }, async (input, ctx) => {
  const result = await create(await getDb(), ctx.tenant.id, ctx.user.id, input);
  if (!result.ok) throw await problemError(result.problem);
  // Branches show on the staff page and decide provider prerequisites: refresh every page.
  revalidatePath("/", "layout");
  return { id: result.branch.id, name: result.branch.name };
});
