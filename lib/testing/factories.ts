import type { Database } from "@/db/client";
import { memberships, tenants, users, type Role } from "@/db/schema";

/** A fresh user; unique per call so test files never collide in a shared database. */
export async function createUser(db: Database, name = "Test Person") {
  const id = crypto.randomUUID();
  const [user] = await db
    .insert(users)
    .values({ id, name, email: `${id.slice(0, 8)}@example.test` })
    .returning();
  return user!;
}

export async function createTenant(db: Database, name = "Test Workspace") {
  const [tenant] = await db
    .insert(tenants)
    .values({ name, slug: `t-${crypto.randomUUID()}` })
    .returning();
  return tenant!;
}

export async function addMember(db: Database, tenantId: string, userId: string, role: Role) {
  await db.insert(memberships).values({ tenantId, userId, role });
}

/** A workspace with an owner, the usual starting point. */
export async function createWorkspaceWithOwner(db: Database) {
  const owner = await createUser(db, "Owner");
  const tenant = await createTenant(db);
  await addMember(db, tenant.id, owner.id, "owner");
  return { tenant, owner };
}
