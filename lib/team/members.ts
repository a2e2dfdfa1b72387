import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { memberships, users, type Role } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import { assignableRoles } from "@/lib/tenancy/roles";

export async function listMembers(db: Executor, tenantId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(asc(memberships.createdAt));
}

export type MemberChangeProblem = "not_found" | "not_allowed" | "last_owner";

type Actor = { userId: string; role: Role };

/**
 * Role changes and removals share one rule set, checked inside a transaction that locks the
 * tenant's memberships, so two admins demoting the last two owners at once cannot both win.
 */
async function changeMembership(
  db: Executor,
  tenantId: string,
  actor: Actor,
  targetUserId: string,
  change: { role: Role } | { remove: true },
): Promise<{ ok: true } | { ok: false; problem: MemberChangeProblem }> {
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(memberships).where(eq(memberships.tenantId, tenantId)).for("update");
    const target = rows.find((m) => m.userId === targetUserId);
    if (!target) return { ok: false, problem: "not_found" };
    const self = targetUserId === actor.userId;
    const removing = "remove" in change;
    // Anyone may leave; otherwise the actor must be able to hand out both the old and the new role.
    const allowed = assignableRoles(actor.role);
    const permitted =
      (removing && self) || (allowed.includes(target.role) && (removing || allowed.includes(change.role)));
    if (!permitted) return { ok: false, problem: "not_allowed" };
    const owners = rows.filter((m) => m.role === "owner").length;
    const losesOwner = target.role === "owner" && (removing || change.role !== "owner");
    if (losesOwner && owners <= 1) return { ok: false, problem: "last_owner" };

    const where = and(eq(memberships.tenantId, tenantId), eq(memberships.userId, targetUserId));
    if (removing) await tx.delete(memberships).where(where);
    else await tx.update(memberships).set({ role: change.role }).where(where);
    await recordActivity(tx, {
      tenantId,
      actorUserId: actor.userId,
      action: removing ? (self ? "member.left" : "member.removed") : "member.role_changed",
      outcome: "success",
      targetType: "user",
      targetId: targetUserId,
      metadata: removing ? { role: target.role } : { from: target.role, to: change.role },
    });
    return { ok: true };
  });
}

export const changeMemberRole = (db: Executor, tenantId: string, actor: Actor, userId: string, role: Role) =>
  changeMembership(db, tenantId, actor, userId, { role });

export const removeMember = (db: Executor, tenantId: string, actor: Actor, userId: string) =>
  changeMembership(db, tenantId, actor, userId, { remove: true });
