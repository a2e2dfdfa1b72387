import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { activityLog, memberships } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { addMember, createUser, createWorkspaceWithOwner } from "@/lib/testing/factories";
import { changeMemberRole, listMembers, removeMember } from "./members";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});

async function roleOf(tenantId: string, userId: string) {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  return row?.role ?? null;
}

describe("member changes", () => {
  it("refuses to demote or remove the last owner, and allows it once there is another", async () => {
    const { tenant, owner } = await createWorkspaceWithOwner(db);
    const actor = { userId: owner.id, role: "owner" as const };
    expect(await changeMemberRole(db, tenant.id, actor, owner.id, "admin")).toEqual({ ok: false, problem: "last_owner" });
    expect(await removeMember(db, tenant.id, actor, owner.id)).toEqual({ ok: false, problem: "last_owner" });
    expect(await roleOf(tenant.id, owner.id)).toBe("owner");

    const second = await createUser(db);
    await addMember(db, tenant.id, second.id, "member");
    expect(await changeMemberRole(db, tenant.id, actor, second.id, "owner")).toEqual({ ok: true });
    expect(await removeMember(db, tenant.id, actor, owner.id)).toEqual({ ok: true });
    expect(await roleOf(tenant.id, owner.id)).toBeNull();
  });

  it("lets admins manage members but not owners, and members nothing but leaving", async () => {
    const { tenant, owner } = await createWorkspaceWithOwner(db);
    const admin = await createUser(db);
    const member = await createUser(db);
    await addMember(db, tenant.id, admin.id, "admin");
    await addMember(db, tenant.id, member.id, "member");
    const asAdmin = { userId: admin.id, role: "admin" as const };
    const asMember = { userId: member.id, role: "member" as const };

    expect(await changeMemberRole(db, tenant.id, asAdmin, owner.id, "member")).toEqual({ ok: false, problem: "not_allowed" });
    expect(await changeMemberRole(db, tenant.id, asAdmin, member.id, "owner")).toEqual({ ok: false, problem: "not_allowed" });
    expect(await changeMemberRole(db, tenant.id, asMember, admin.id, "viewer")).toEqual({ ok: false, problem: "not_allowed" });
    expect(await changeMemberRole(db, tenant.id, asAdmin, member.id, "viewer")).toEqual({ ok: true });
    expect(await roleOf(tenant.id, member.id)).toBe("viewer");

    expect(await removeMember(db, tenant.id, { userId: member.id, role: "viewer" }, member.id)).toEqual({ ok: true });
    const actions = await db.select({ action: activityLog.action }).from(activityLog).where(eq(activityLog.tenantId, tenant.id));
    expect(actions.map((a) => a.action).sort()).toEqual(["member.left", "member.role_changed"]);
  });

  it("cannot reach a member of another workspace by id", async () => {
    const a = await createWorkspaceWithOwner(db);
    const b = await createWorkspaceWithOwner(db);
    const actor = { userId: a.owner.id, role: "owner" as const };
    expect(await changeMemberRole(db, a.tenant.id, actor, b.owner.id, "viewer")).toEqual({ ok: false, problem: "not_found" });
    expect(await removeMember(db, a.tenant.id, actor, b.owner.id)).toEqual({ ok: false, problem: "not_found" });
    expect(await roleOf(b.tenant.id, b.owner.id)).toBe("owner");
    expect((await listMembers(db, a.tenant.id)).map((m) => m.userId)).toEqual([a.owner.id]);
  });

  it("keeps one owner when two owners demote each other at the same time", async () => {
    const { tenant, owner } = await createWorkspaceWithOwner(db);
    const other = await createUser(db);
    await addMember(db, tenant.id, other.id, "owner");
    const results = await Promise.all([
      changeMemberRole(db, tenant.id, { userId: owner.id, role: "owner" }, other.id, "member"),
      changeMemberRole(db, tenant.id, { userId: other.id, role: "owner" }, owner.id, "member"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const roles = [await roleOf(tenant.id, owner.id), await roleOf(tenant.id, other.id)];
    expect(roles.filter((r) => r === "owner")).toHaveLength(1);
  });
});
