"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { ActionError } from "@/lib/actions/result";
import { tenantAction } from "@/lib/actions/tenant-action";
import { removeMember as remove } from "../members";
import { MEMBER_PROBLEM_MESSAGES } from "./member-problem-message";

/** Removing someone else needs admin; leaving (removing yourself) is open to every role. */
export const removeMember = tenantAction(
  { schema: z.object({ userId: z.string().min(1) }), role: "viewer" },
  async ({ userId }, ctx) => {
    const result = await remove(await getDb(), ctx.tenant.id, { userId: ctx.user.id, role: ctx.role }, userId);
    if (!result.ok) throw new ActionError(MEMBER_PROBLEM_MESSAGES[result.problem]);
    revalidatePath("/", "layout");
    return { userId, left: userId === ctx.user.id };
  },
);
