import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { activityLog, memberships, tenants } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createUser } from "@/lib/testing/factories";
import { createWorkspace, ensureFirstWorkspace, listMemberships, slugify } from "./workspaces";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});

describe("first workspace", () => {
  it("is created once, with the person as owner, even when requests race", async () => {
    const user = await createUser(db, "Ada Lovelace");
    const results = await Promise.all([ensureFirstWorkspace(db, user), ensureFirstWorkspace(db, user), ensureFirstWorkspace(db, user)]);
    const ids = new Set(results.map((r) => r[0]!.tenant.id));
    expect(ids.size).toBe(1);
    const rows = await db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.role).toBe("owner");
    const [tenant] = await db.select().from(tenants).where(eq(tenants.id, rows[0]!.tenantId));
    expect(tenant!.name).toBe("Ada Lovelace's workspace");
    expect(tenant!.slug).toMatch(/^ada-lovelace-[0-9a-f]{6}$/);
  });

  it("slugifies names with accents and symbols", () => {
    expect(slugify("Müller & Söhne GmbH")).toBe("muller-sohne-gmbh");
    expect(slugify("!!!")).toBe("workspace");
  });
});

describe("another workspace", () => {
  it("makes the person its owner and keeps their first membership", async () => {
    const user = await createUser(db, "Grace Hopper");
    const [first] = await ensureFirstWorkspace(db, user);
    const created = await createWorkspace(db, { userId: user.id, name: "Side Project" });
    expect(created.role).toBe("owner");
    expect(created.tenant.name).toBe("Side Project");
    const workspaces = await listMemberships(db, user.id);
    const roles = workspaces.map((w) => [w.tenant.id, w.role]);
    expect(roles).toHaveLength(2);
    expect(roles).toContainEqual([first!.tenant.id, "owner"]);
    expect(roles).toContainEqual([created.tenant.id, "owner"]);
  });

  it("gives each workspace a distinct slug, even with the same name", async () => {
    const user = await createUser(db);
    const a = await createWorkspace(db, { userId: user.id, name: "Müller & Söhne" });
    const b = await createWorkspace(db, { userId: user.id, name: "Müller & Söhne" });
    expect(a.tenant.slug).toMatch(/^muller-sohne-[0-9a-f]{6}$/);
    expect(b.tenant.slug).toMatch(/^muller-sohne-[0-9a-f]{6}$/);
    expect(a.tenant.slug).not.toBe(b.tenant.slug);
    expect(a.tenant.id).not.toBe(b.tenant.id);
  });

  it("logs the creation in the new workspace's activity", async () => {
    const user = await createUser(db);
    const { tenant } = await createWorkspace(db, { userId: user.id, name: "Logged" });
    const rows = await db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.tenantId, tenant.id), eq(activityLog.action, "workspace.created")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUserId: user.id,
      outcome: "success",
      targetType: "tenant",
      targetId: tenant.id,
      metadata: { name: "Logged" },
    });
  });
});
