import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { activityLog, branches, staff } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createWorkspaceWithOwner } from "@/lib/testing/factories";
import { createBranch, deleteBranch, listBranches, updateBranch } from "./branches";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});

async function newBranch(tenantId: string, name: string, address: string | null = null) {
  const result = await createBranch(db, tenantId, null, { name, address });
  if (!result.ok) throw new Error(`could not create branch ${name}: ${result.problem}`);
  return result.branch;
}

async function activityOf(tenantId: string) {
  return db
    .select({ action: activityLog.action, metadata: activityLog.metadata, targetId: activityLog.targetId })
    .from(activityLog)
    .where(eq(activityLog.tenantId, tenantId))
    .orderBy(activityLog.id);
}

describe("branches", () => {
  it("are created, listed by name with their staff count, updated and deleted, each change logged", async () => {
    const { tenant, owner } = await createWorkspaceWithOwner(db);
    const created = await createBranch(db, tenant.id, owner.id, { name: "Mitte", address: "Torstraße 1, Berlin" });
    expect(created).toMatchObject({ ok: true, branch: { tenantId: tenant.id, name: "Mitte", address: "Torstraße 1, Berlin" } });
    const mitte = created.ok ? created.branch : null;
    const altona = await newBranch(tenant.id, "altona");
    await db.insert(staff).values({ tenantId: tenant.id, branchId: mitte!.id, name: "Ada" });

    const listed = await listBranches(db, tenant.id);
    expect(listed.map((b) => [b.name, b.staffCount])).toEqual([
      ["altona", 0],
      ["Mitte", 1],
    ]);

    const updated = await updateBranch(db, tenant.id, owner.id, mitte!.id, { name: "Berlin Mitte", address: null });
    expect(updated).toMatchObject({ ok: true, branch: { id: mitte!.id, name: "Berlin Mitte", address: null } });
    expect(await deleteBranch(db, tenant.id, owner.id, altona.id)).toEqual({ ok: true });
    expect((await listBranches(db, tenant.id)).map((b) => b.name)).toEqual(["Berlin Mitte"]);

    const log = await activityOf(tenant.id);
    expect(log.filter((e) => e.action.startsWith("branch."))).toEqual([
      { action: "branch.created", metadata: { name: "Mitte" }, targetId: mitte!.id },
      { action: "branch.created", metadata: { name: "altona" }, targetId: altona.id },
      { action: "branch.updated", metadata: { name: "Berlin Mitte", previousName: "Mitte" }, targetId: mitte!.id },
      { action: "branch.deleted", metadata: { name: "altona" }, targetId: altona.id },
    ]);
  });

  it("answers name_taken for a duplicate name in the same workspace, on create and on rename", async () => {
    const { tenant } = await createWorkspaceWithOwner(db);
    const other = await createWorkspaceWithOwner(db);
    await newBranch(tenant.id, "Mitte");
    const second = await newBranch(tenant.id, "Altona");

    expect(await createBranch(db, tenant.id, null, { name: "Mitte" })).toEqual({ ok: false, problem: "name_taken" });
    expect(await updateBranch(db, tenant.id, null, second.id, { name: "Mitte" })).toEqual({ ok: false, problem: "name_taken" });
    const [unchanged] = await db.select().from(branches).where(eq(branches.id, second.id));
    expect(unchanged!.name).toBe("Altona");
    // Keeping one's own name is not a duplicate, and another workspace may use the same name.
    expect(await updateBranch(db, tenant.id, null, second.id, { name: "Altona", address: "Elbe" })).toMatchObject({ ok: true });
    expect(await createBranch(db, other.tenant.id, null, { name: "Mitte" })).toMatchObject({ ok: true });
    // A refused change leaves no trace in the log.
    const log = await activityOf(tenant.id);
    expect(log.filter((e) => e.action.startsWith("branch.")).map((e) => e.action)).toEqual([
      "branch.created",
      "branch.created",
      "branch.updated",
    ]);
  });

  it("lets only one of two simultaneous creates with the same name win, the other hears name_taken", async () => {
    const { tenant } = await createWorkspaceWithOwner(db);
    const results = await Promise.all([
      createBranch(db, tenant.id, null, { name: "Twin" }),
      createBranch(db, tenant.id, null, { name: "Twin" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, problem: "name_taken" }]);
  });

  it("cannot list, update or delete another workspace's branch by id", async () => {
    const a = await createWorkspaceWithOwner(db);
    const b = await createWorkspaceWithOwner(db);
    const theirs = await newBranch(b.tenant.id, "Theirs", "Secret street 1");

    expect(await updateBranch(db, a.tenant.id, a.owner.id, theirs.id, { name: "Mine now" })).toEqual({ ok: false, problem: "not_found" });
    expect(await deleteBranch(db, a.tenant.id, a.owner.id, theirs.id)).toEqual({ ok: false, problem: "not_found" });
    expect(await listBranches(db, a.tenant.id)).toEqual([]);

    const [row] = await db.select().from(branches).where(and(eq(branches.id, theirs.id), eq(branches.tenantId, b.tenant.id)));
    expect(row).toMatchObject({ name: "Theirs", address: "Secret street 1" });
    expect(await activityOf(a.tenant.id)).toEqual([]);
  });

  it("keeps the staff of a deleted branch, without a branch", async () => {
    const { tenant } = await createWorkspaceWithOwner(db);
    const branch = await newBranch(tenant.id, "Closing");
    const [person] = await db.insert(staff).values({ tenantId: tenant.id, branchId: branch.id, name: "Grace" }).returning();
    expect(await deleteBranch(db, tenant.id, null, branch.id)).toEqual({ ok: true });
    const [after] = await db.select().from(staff).where(eq(staff.id, person!.id));
    expect(after).toMatchObject({ name: "Grace", branchId: null });
  });
});
