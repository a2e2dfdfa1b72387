"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { ROLES } from "@/db/schema";
import { translatedError } from "@/lib/actions/translated-error";
import { tenantAction } from "@/lib/actions/tenant-action";
import { changeMemberRole as change } from "../members";
import { MEMBER_PROBLEM_KEYS } from "./member-problem-message";

export const changeMemberRole = tenantAction(
  { schema: z.object({ userId: z.string().min(1), role: z.enum(ROLES) }), role: "admin" },
  async ({ userId, role }, ctx) => {
    const result = await change(await getDb(), ctx.tenant.id, { userId: ctx.user.id, role: ctx.role }, userId, role);
    if (!result.ok) throw await translatedError(MEMBER_PROBLEM_KEYS[result.problem]);
    revalidatePath("/settings/team");
    return { userId, role };
  },
);
