"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { tenantAction } from "@/lib/actions/tenant-action";
import { staffSchema } from "../schemas";
import { createStaff as create } from "../staff";
import { problemError } from "./problem-error";

export const createStaff = tenantAction({ schema: staffSchema, role: "admin" }, async (input, ctx) => {
  const result = await create(await getDb(), ctx.tenant.id, ctx.user.id, input);
  if (!result.ok) throw await problemError(result.problem);
  // Staff counts show on the branches page and decide provider prerequisites: refresh every page.
  revalidatePath("/", "layout");
  return { id: result.staff.id, name: result.staff.name };
});
