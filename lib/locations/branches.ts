import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { branches, staff, type Branch } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";
import { isUniqueViolation } from "./postgres-error";

export type BranchInput = { name: string; address?: string | null };
export type BranchProblem = "not_found" | "name_taken";
export type BranchResult = { ok: true; branch: Branch } | { ok: false; problem: BranchProblem };

const NAME_INDEX = "branches_tenant_name_idx";

/** The workspace's branches by name, each with how many staff members it has. */
export async function listBranches(db: Executor, tenantId: string) {
  return db
    .select({
      id: branches.id,
      name: branches.name,
      address: branches.address,
      createdAt: branches.createdAt,
      staffCount: count(staff.id),
    })
    .from(branches)
    .leftJoin(staff, and(eq(staff.branchId, branches.id), eq(staff.tenantId, tenantId)))
    .where(eq(branches.tenantId, tenantId))
    .groupBy(branches.id)
    .orderBy(asc(sql`lower(${branches.name})`), asc(branches.id));
}

export type BranchListItem = Awaited<ReturnType<typeof listBranches>>[number];

/** A duplicate name (per workspace) is a problem to show, not an error to crash on. */
export async function createBranch(
  db: Executor,
  tenantId: string,
  actorUserId: string | null,
  input: BranchInput,
): Promise<BranchResult> {
  try {
    return await db.transaction(async (tx) => {
      const [branch] = await tx
        .insert(branches)
        .values({ tenantId, name: input.name, address: input.address ?? null })
        .returning();
      if (!branch) throw new Error("branch insert returned nothing");
      await recordActivity(tx, {
        tenantId,
        actorUserId,
        action: "branch.created",
        outcome: "success",
        targetType: "branch",
        targetId: branch.id,
        metadata: { name: branch.name },
      });
      return { ok: true, branch };
    });
  } catch (error) {
    if (isUniqueViolation(error, NAME_INDEX)) return { ok: false, problem: "name_taken" };
    throw error;
  }
}

/** Scoped by tenant: another workspace's branch id matches nothing and answers `not_found`. */
export async function updateBranch(
  db: Executor,
  tenantId: string,
  actorUserId: string | null,
  branchId: string,
  input: BranchInput,
): Promise<BranchResult> {
  try {
    return await db.transaction(async (tx) => {
      const where = and(eq(branches.id, branchId), eq(branches.tenantId, tenantId));
      const [before] = await tx.select().from(branches).where(where).for("update");
      if (!before) return { ok: false, problem: "not_found" };
      const [branch] = await tx
        .update(branches)
        .set({ name: input.name, address: input.address ?? null })
        .where(where)
        .returning();
      if (!branch) throw new Error("branch update returned nothing");
      await recordActivity(tx, {
        tenantId,
        actorUserId,
        action: "branch.updated",
        outcome: "success",
        targetType: "branch",
        targetId: branch.id,
        metadata: before.name === branch.name ? { name: branch.name } : { name: branch.name, previousName: before.name },
      });
      return { ok: true, branch };
    });
  } catch (error) {
    if (isUniqueViolation(error, NAME_INDEX)) return { ok: false, problem: "name_taken" };
    throw error;
  }
}

/** Staff of a deleted branch stay, without a branch (the foreign key sets it to null). */
export async function deleteBranch(
  db: Executor,
  tenantId: string,
  actorUserId: string | null,
  branchId: string,
): Promise<{ ok: true } | { ok: false; problem: "not_found" }> {
  return db.transaction(async (tx) => {
    const [branch] = await tx
      .delete(branches)
      .where(and(eq(branches.id, branchId), eq(branches.tenantId, tenantId)))
      .returning();
    if (!branch) return { ok: false, problem: "not_found" };
    await recordActivity(tx, {
      tenantId,
      actorUserId,
      action: "branch.deleted",
      outcome: "success",
      targetType: "branch",
      targetId: branch.id,
      metadata: { name: branch.name },
    });
    return { ok: true };
  });
}
