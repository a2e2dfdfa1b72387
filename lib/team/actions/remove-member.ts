"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { translatedError } from "@/lib/actions/translated-error";
import { tenantAction } from "@/lib/actions/tenant-action";
import { removeMember as remove } from "../members";
import { MEMBER_PROBLEM_KEYS } from "./member-problem-message";

/** Removing someone else needs admin; leaving (removing yourself) is open to every role. */
export const removeMember = tenantAction(
  { schema: z.object({ userId: z.string().min(1) }), role: "viewer" },
  async ({ userId }, ctx) => {
    const result = await remove(await getDb(), ctx.tenant.id, { userId: ctx.user.id, role: ctx.role }, userId);
    if (!result.ok) throw await translatedError(MEMBER_PROBLEM_KEYS[result.problem]);
    revalidatePath("/", "layout");
    return { userId, left: userId === ctx.user.id };
  },
);
