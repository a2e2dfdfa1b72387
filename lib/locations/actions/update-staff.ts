"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { tenantAction } from "@/lib/actions/tenant-action";
import { updateStaffSchema } from "../schemas";
import { updateStaff as update } from "../staff";
import { problemError } from "./problem-error";

export const updateStaff = tenantAction({ schema: updateStaffSchema, role: "admin" }, async ({ id, ...input }, ctx) => {
  const result = await update(await getDb(), ctx.tenant.id, ctx.user.id, id, input);
  if (!result.ok) throw await problemError(result.problem);
  revalidatePath("/", "layout");
  return { id: result.staff.id, name: result.staff.name };
});
