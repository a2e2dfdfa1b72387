"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { getSessionUser, setActiveWorkspace } from "@/lib/tenancy/context";
import { acceptInvitation as accept, type InvitationProblem } from "../invitations";

/** Not a tenantAction: the invitee has no workspace (or another one) until this succeeds. */
export async function acceptInvitation(token: string): Promise<{ ok: false; problem: InvitationProblem | "signed_out" }> {
  const user = await getSessionUser();
  if (!user) return { ok: false, problem: "signed_out" };
  if (typeof token !== "string" || token.length > 200) return { ok: false, problem: "not_found" };
  const result = await accept(await getDb(), token, user);
  if (!result.ok) return result;
  await setActiveWorkspace(result.tenantId);
  redirect("/");
}
