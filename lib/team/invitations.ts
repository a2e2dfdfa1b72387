import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "@/db";
import { invitations, memberships, tenants, users, type Invitation, type Role } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates an invitation; the token exists only in the returned link, the database keeps its hash. */
export async function createInvitation(
  db: Executor,
  input: { tenantId: string; email: string; role: Role; invitedBy: string },
): Promise<{ invitation: Invitation; token: string }> {
  const token = randomBytes(32).toString("base64url");
  const [invitation] = await db
    .insert(invitations)
    .values({
      tenantId: input.tenantId,
      email: input.email.trim().toLowerCase(),
      role: input.role,
      tokenHash: hashInvitationToken(token),
      invitedBy: input.invitedBy,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    })
    .returning();
  if (!invitation) throw new Error("invitation insert returned nothing");
  await recordActivity(db, {
    tenantId: input.tenantId,
    actorUserId: input.invitedBy,
    action: "invitation.created",
    outcome: "success",
    targetType: "invitation",
    targetId: invitation.id,
    metadata: { email: invitation.email, role: invitation.role },
  });
  return { invitation, token };
}

export async function listPendingInvitations(db: Executor, tenantId: string) {
  return db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.tenantId, tenantId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

/** Scoped by tenant: an id from another workspace matches nothing. */
export async function revokeInvitation(db: Executor, tenantId: string, invitationId: string, actorUserId: string) {
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.id, invitationId), eq(invitations.tenantId, tenantId), isNull(invitations.acceptedAt)))
    .returning();
  if (!row) return false;
  await recordActivity(db, {
    tenantId,
    actorUserId,
    action: "invitation.revoked",
    targetType: "invitation",
    targetId: row.id,
    metadata: { email: row.email },
  });
  return true;
}

/** What the invitation page shows before the invitee accepts. */
export async function findInvitationByToken(db: Executor, token: string) {
  const [row] = await db
    .select({ invitation: invitations, tenantName: tenants.name, inviterName: users.name })
    .from(invitations)
    .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  return row ?? null;
}

export type InvitationProblem = "not_found" | "expired" | "used" | "revoked" | "wrong_email";

export function invitationProblem(invitation: Invitation | undefined, email: string | null): InvitationProblem | null {
  if (!invitation) return "not_found";
  if (invitation.revokedAt) return "revoked";
  if (invitation.acceptedAt) return "used";
  if (invitation.expiresAt.getTime() <= Date.now()) return "expired";
  if (!email || email.trim().toLowerCase() !== invitation.email) return "wrong_email";
  return null;
}

/**
 * Accepts once: the row is locked, checked and marked in one transaction, so two clicks (or two
 * people with the link) cannot both join.
 */
export async function acceptInvitation(
  db: Executor,
  token: string,
  user: { id: string; email: string | null },
): Promise<{ ok: true; tenantId: string; role: Role } | { ok: false; problem: InvitationProblem }> {
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, hashInvitationToken(token)))
      .for("update");
    const problem = invitationProblem(invitation, user.email);
    if (problem || !invitation) return { ok: false, problem: problem ?? "not_found" };
    await tx
      .insert(memberships)
      .values({ tenantId: invitation.tenantId, userId: user.id, role: invitation.role })
      .onConflictDoNothing();
    await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedBy: user.id })
      .where(eq(invitations.id, invitation.id));
    await recordActivity(tx, {
      tenantId: invitation.tenantId,
      actorUserId: user.id,
      action: "invitation.accepted",
      outcome: "success",
      targetType: "invitation",
      targetId: invitation.id,
      metadata: { email: invitation.email, role: invitation.role },
    });
    return { ok: true, tenantId: invitation.tenantId, role: invitation.role };
  });
}
