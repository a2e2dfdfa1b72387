"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { translatedError } from "@/lib/actions/translated-error";
import { tenantAction } from "@/lib/actions/tenant-action";
import { ACTIVE_TENANT_COOKIE } from "@/lib/tenancy/context";
import { findMembership } from "@/lib/tenancy/workspaces";

export const switchWorkspace = tenantAction(
  { schema: z.object({ tenantId: z.uuid() }), role: "viewer" },
  async ({ tenantId }, ctx) => {
    // The cookie only names a wish; membership is checked here and again on every request.
    const membership = await findMembership(await getDb(), ctx.user.id, tenantId);
    if (!membership) throw await translatedError("notWorkspaceMember");
    (await cookies()).set(ACTIVE_TENANT_COOKIE, tenantId, { httpOnly: true, sameSite: "lax", path: "/" });
    revalidatePath("/", "layout");
    return { tenantId };
  },
);
