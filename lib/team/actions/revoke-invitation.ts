"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { translatedError } from "@/lib/actions/translated-error";
import { tenantAction } from "@/lib/actions/tenant-action";
import { revokeInvitation as revoke } from "../invitations";

export const revokeInvitation = tenantAction(
  { schema: z.object({ invitationId: z.uuid() }), role: "admin" },
  async ({ invitationId }, ctx) => {
    if (!(await revoke(await getDb(), ctx.tenant.id, invitationId, ctx.user.id))) {
      throw await translatedError("invitationNotFound");
    }
    revalidatePath("/settings/team");
    return { invitationId };
  },
);
