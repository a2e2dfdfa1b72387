"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { tenantAction } from "@/lib/actions/tenant-action";
import { deleteByIdSchema } from "../schemas";
import { deleteStaff as remove } from "../staff";
import { problemError } from "./problem-error";

export const deleteStaff = tenantAction({ schema: deleteByIdSchema, role: "admin" }, async ({ id }, ctx) => {
  const result = await remove(await getDb(), ctx.tenant.id, ctx.user.id, id);
  if (!result.ok) throw await problemError(result.problem);
  revalidatePath("/", "layout");
  return { id };
});
