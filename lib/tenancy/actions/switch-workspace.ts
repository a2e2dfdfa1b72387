"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { translatedError } from "@/lib/actions/translated-error";
import { tenantAction } from "@/lib/actions/tenant-action";
import { setActiveWorkspace } from "@/lib/tenancy/context";
import { findMembership } from "@/lib/tenancy/workspaces";

export const switchWorkspace = tenantAction(
  { schema: z.object({ tenantId: z.uuid() }), role: "viewer" },
  async ({ tenantId }, ctx) => {
    // The cookie only names a wish; membership is checked here and again on every request.
    const membership = await findMembership(await getDb(), ctx.user.id, tenantId);
    if (!membership) throw await translatedError("notWorkspaceMember");
    await setActiveWorkspace(tenantId);
    revalidatePath("/", "layout");
    return { tenantId };
  },
);
