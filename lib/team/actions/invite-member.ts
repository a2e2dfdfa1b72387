"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { ROLES } from "@/db/schema";
import { translatedError } from "@/lib/actions/translated-error";
import { tenantAction } from "@/lib/actions/tenant-action";
import { appOrigin } from "@/lib/http/app-origin";
import { assignableRoles } from "@/lib/tenancy/roles";
import { createInvitation } from "../invitations";

const schema = z.object({
  email: z.email({ error: "Enter a valid email address." }).max(320),
  role: z.enum(ROLES),
});

/** Answers with the invitation link, shown once: only its hash is stored. */
export const inviteMember = tenantAction({ schema, role: "admin" }, async (input, ctx) => {
  if (!assignableRoles(ctx.role).includes(input.role)) {
    throw await translatedError("roleNotAssignable", undefined, { role: "roleNotAssignableField" });
  }
  const { invitation, token } = await createInvitation(await getDb(), {
    tenantId: ctx.tenant.id,
    email: input.email,
    role: input.role,
    invitedBy: ctx.user.id,
  });
  revalidatePath("/settings/team");
  return { link: `${await appOrigin()}/invite/${token}`, email: invitation.email, expiresAt: invitation.expiresAt.toISOString() };
});
