import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db";
import { branches, staff, syncedRecords, type Staff } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import { isUniqueViolation } from "./postgres-error";

export type StaffInput = { name: string; email?: string | null; branchId?: string | null };
export type StaffProblem = "not_found" | "email_taken" | "branch_not_found";
export type StaffResult = { ok: true; staff: Staff } | { ok: false; problem: StaffProblem };

const EMAIL_INDEX = "staff_tenant_email_idx";

/** The workspace's staff by name, with the name of their branch (null for none). */
export async function listStaff(db: Executor, tenantId: string) {
  return db
    .select({
      id: staff.id,
      name: staff.name,
      email: staff.email,
      branchId: staff.branchId,
      branchName: branches.name,
      createdAt: staff.createdAt,
    })
    .from(staff)
    // The tenant condition on the join is belt and braces: a branch id is only ever set after
    // the same-workspace check below, but a listing must never show another workspace's name.
    .leftJoin(branches, and(eq(branches.id, staff.branchId), eq(branches.tenantId, tenantId)))
    .where(eq(staff.tenantId, tenantId))
    .orderBy(asc(sql`lower(${staff.name})`), asc(staff.id));
}

export type StaffListItem = Awaited<ReturnType<typeof listStaff>>[number];

/**
 * The branches table's foreign key does not know about workspaces, so a branch id from the
 * client is checked here. `for share` keeps the branch from being deleted until we commit.
 */
async function lockOwnBranch(tx: Transaction, tenantId: string, branchId: string | null | undefined) {
  if (!branchId) return { ok: true as const, name: null };
  const [branch] = await tx
    .select({ name: branches.name })
    .from(branches)
    .where(and(eq(branches.id, branchId), eq(branches.tenantId, tenantId)))
    .for("share");
  return branch ? { ok: true as const, name: branch.name } : { ok: false as const };
}

/** A duplicate email (per workspace, ignoring case) is a problem to show, not an error to crash on. */
export async function createStaff(
  db: Executor,
  tenantId: string,
  actorUserId: string | null,
  input: StaffInput,
): Promise<StaffResult> {
  try {
    return await db.transaction(async (tx) => {
      const branch = await lockOwnBranch(tx, tenantId, input.branchId);
      if (!branch.ok) return { ok: false, problem: "branch_not_found" };
      const [person] = await tx
        .insert(staff)
        .values({ tenantId, name: input.name, email: input.email ?? null, branchId: input.branchId ?? null })
        .returning();
      if (!person) throw new Error("staff insert returned nothing");
      await recordActivity(tx, {
        tenantId,
        actorUserId,
        action: "staff.created",
        outcome: "success",
        targetType: "staff",
        targetId: person.id,
        metadata: { name: person.name, branch: branch.name },
      });
      return { ok: true, staff: person };
    });
  } catch (error) {
    if (isUniqueViolation(error, EMAIL_INDEX)) return { ok: false, problem: "email_taken" };
    throw error;
  }
}

/** Scoped by tenant, both the staff member and the branch they move to. */
export async function updateStaff(
  db: Executor,
  tenantId: string,
  actorUserId: string | null,
  staffId: string,
  input: StaffInput,
): Promise<StaffResult> {
  try {
    return await db.transaction(async (tx) => {
      const where = and(eq(staff.id, staffId), eq(staff.tenantId, tenantId));
      const [before] = await tx.select().from(staff).where(where).for("update");
      if (!before) return { ok: false, problem: "not_found" };
      const branch = await lockOwnBranch(tx, tenantId, input.branchId);
      if (!branch.ok) return { ok: false, problem: "branch_not_found" };
      const [person] = await tx
        .update(staff)
        .set({ name: input.name, email: input.email ?? null, branchId: input.branchId ?? null })
        .where(where)
        .returning();
      if (!person) throw new Error("staff update returned nothing");
      await recordActivity(tx, {
        tenantId,
        actorUserId,
        action: "staff.updated",
        outcome: "success",
        targetType: "staff",
        targetId: person.id,
        metadata:
          before.name === person.name
            ? { name: person.name, branch: branch.name }
            : { name: person.name, previousName: before.name, branch: branch.name },
      });
      return { ok: true, staff: person };
    });
  } catch (error) {
    if (isUniqueViolation(error, EMAIL_INDEX)) return { ok: false, problem: "email_taken" };
    throw error;
  }
}

export async function deleteStaff(
  db: Executor,
  tenantId: string,
  actorUserId: string | null,
  staffId: string,
): Promise<{ ok: true } | { ok: false; problem: "not_found" }> {
  return db.transaction(async (tx) => {
    const [person] = await tx
      .delete(staff)
      .where(and(eq(staff.id, staffId), eq(staff.tenantId, tenantId)))
      .returning();
    if (!person) return { ok: false, problem: "not_found" };
    // Provider users mapped to this person become unmatched (and may be matched again).
    await tx
      .update(syncedRecords)
      .set({ mappedLocalId: null, mappedByHand: false })
      .where(and(eq(syncedRecords.tenantId, tenantId), eq(syncedRecords.kind, "users"), eq(syncedRecords.mappedLocalId, person.id)));
    await recordActivity(tx, {
      tenantId,
      actorUserId,
      action: "staff.deleted",
      outcome: "success",
      targetType: "staff",
      targetId: person.id,
      metadata: { name: person.name },
    });
    return { ok: true };
  });
}
