import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { activityLog, branches, staff } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createWorkspaceWithOwner } from "@/lib/testing/factories";
import { createStaff, deleteStaff, listStaff, updateStaff, type StaffInput } from "./staff";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});

async function newBranch(tenantId: string, name: string) {
  const [branch] = await db.insert(branches).values({ tenantId, name }).returning();
  return branch!;
}

async function newStaff(tenantId: string, input: StaffInput) {
  const result = await createStaff(db, tenantId, null, input);
  if (!result.ok) throw new Error(`could not create staff ${input.name}: ${result.problem}`);
  return result.staff;
}

async function staffRows(tenantId: string) {
  return db.select().from(staff).where(eq(staff.tenantId, tenantId));
}

describe("staff", () => {
  it("are created, listed by name with their branch, updated and deleted, each change logged", async () => {
    const { tenant, owner } = await createWorkspaceWithOwner(db);
    const mitte = await newBranch(tenant.id, "Mitte");
    const altona = await newBranch(tenant.id, "Altona");

    const created = await createStaff(db, tenant.id, owner.id, { name: "Grace", email: "grace@example.test", branchId: mitte.id });
    expect(created).toMatchObject({ ok: true, staff: { tenantId: tenant.id, name: "Grace", email: "grace@example.test", branchId: mitte.id } });
    const grace = created.ok ? created.staff : null;
    const ada = await newStaff(tenant.id, { name: "ada" });

    expect((await listStaff(db, tenant.id)).map((s) => [s.name, s.email, s.branchName])).toEqual([
      ["ada", null, null],
      ["Grace", "grace@example.test", "Mitte"],
    ]);

    expect(await updateStaff(db, tenant.id, owner.id, grace!.id, { name: "Grace Hopper", email: null, branchId: altona.id })).toMatchObject({
      ok: true,
      staff: { name: "Grace Hopper", email: null, branchId: altona.id },
    });
    expect(await updateStaff(db, tenant.id, owner.id, ada.id, { name: "ada", branchId: mitte.id })).toMatchObject({ ok: true });
    expect(await deleteStaff(db, tenant.id, owner.id, ada.id)).toEqual({ ok: true });
    expect((await listStaff(db, tenant.id)).map((s) => [s.name, s.branchName])).toEqual([["Grace Hopper", "Altona"]]);

    const log = await db
      .select({ action: activityLog.action, metadata: activityLog.metadata })
      .from(activityLog)
      .where(eq(activityLog.tenantId, tenant.id))
      .orderBy(activityLog.id);
    expect(log).toEqual([
      { action: "staff.created", metadata: { name: "Grace", branch: "Mitte" } },
      { action: "staff.created", metadata: { name: "ada", branch: null } },
      { action: "staff.updated", metadata: { name: "Grace Hopper", previousName: "Grace", branch: "Altona" } },
      { action: "staff.updated", metadata: { name: "ada", branch: "Mitte" } },
      { action: "staff.deleted", metadata: { name: "ada" } },
    ]);
    // Names only: an email address is not something the activity log needs to repeat.
    expect(JSON.stringify(log)).not.toContain("grace@example.test");
  });

  it("answers email_taken for an email already used in the workspace, whatever its case", async () => {
    const { tenant } = await createWorkspaceWithOwner(db);
    const other = await createWorkspaceWithOwner(db);
    await newStaff(tenant.id, { name: "Grace", email: "Grace@Example.test" });
    const ada = await newStaff(tenant.id, { name: "Ada", email: "ada@example.test" });

    expect(await createStaff(db, tenant.id, null, { name: "Impostor", email: "grace@example.TEST" })).toEqual({ ok: false, problem: "email_taken" });
    expect(await updateStaff(db, tenant.id, null, ada.id, { name: "Ada", email: "GRACE@example.test" })).toEqual({ ok: false, problem: "email_taken" });
    expect((await staffRows(tenant.id)).find((s) => s.id === ada.id)?.email).toBe("ada@example.test");

    // Staff without an email never collide, and another workspace may use the same address.
    await newStaff(tenant.id, { name: "No email 1" });
    await newStaff(tenant.id, { name: "No email 2", email: null });
    expect(await createStaff(db, other.tenant.id, null, { name: "Grace", email: "grace@example.test" })).toMatchObject({ ok: true });
    expect(await staffRows(tenant.id)).toHaveLength(4);
  });

  it("refuses another workspace's branch, or an unknown one, as a staff member's branch", async () => {
    const a = await createWorkspaceWithOwner(db);
    const b = await createWorkspaceWithOwner(db);
    const theirBranch = await newBranch(b.tenant.id, "Theirs");
    const person = await newStaff(a.tenant.id, { name: "Grace" });

    expect(await createStaff(db, a.tenant.id, null, { name: "Ada", branchId: theirBranch.id })).toEqual({ ok: false, problem: "branch_not_found" });
    expect(await createStaff(db, a.tenant.id, null, { name: "Ada", branchId: crypto.randomUUID() })).toEqual({ ok: false, problem: "branch_not_found" });
    expect(await updateStaff(db, a.tenant.id, null, person.id, { name: "Grace", branchId: theirBranch.id })).toEqual({ ok: false, problem: "branch_not_found" });

    const rows = await staffRows(a.tenant.id);
    expect(rows.map((s) => [s.name, s.branchId])).toEqual([["Grace", null]]);
  });

  it("cannot list, update or delete another workspace's staff member by id", async () => {
    const a = await createWorkspaceWithOwner(db);
    const b = await createWorkspaceWithOwner(db);
    const theirs = await newStaff(b.tenant.id, { name: "Theirs", email: "theirs@example.test" });

    expect(await updateStaff(db, a.tenant.id, a.owner.id, theirs.id, { name: "Mine now" })).toEqual({ ok: false, problem: "not_found" });
    expect(await deleteStaff(db, a.tenant.id, a.owner.id, theirs.id)).toEqual({ ok: false, problem: "not_found" });
    expect(await listStaff(db, a.tenant.id)).toEqual([]);
    expect((await staffRows(b.tenant.id)).map((s) => [s.name, s.email])).toEqual([["Theirs", "theirs@example.test"]]);
    expect(await db.select().from(activityLog).where(eq(activityLog.tenantId, a.tenant.id))).toEqual([]);
  });
});
