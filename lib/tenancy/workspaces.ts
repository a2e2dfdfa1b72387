import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { memberships, tenants, type Role, type Tenant } from "@/db/schema";
import { recordActivity } from "@/lib/activity/record";

export type WorkspaceMembership = { tenant: Tenant; role: Role };

export async function listMemberships(db: Executor, userId: string): Promise<WorkspaceMembership[]> {
  const rows = await db
    .select({ tenant: tenants, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
  return rows;
}

export async function findMembership(db: Executor, userId: string, tenantId: string) {
  const [row] = await db
    .select({ tenant: tenants, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(and(eq(memberships.userId, userId), eq(memberships.tenantId, tenantId)));
  return row ?? null;
}

export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return base || "workspace";
}

/** A slug from the name plus 6 random hex characters, so two workspaces of one name differ. */
function randomSlug(name: string): string {
  return `${slugify(name)}-${crypto.randomUUID().slice(0, 6)}`;
}

/**
 * Creates the first workspace of a person who has none. An advisory lock per user makes the
 * check-then-create safe when several requests of one first visit arrive together.
 */
export async function ensureFirstWorkspace(
  db: Executor,
  user: { id: string; name?: string | null; email?: string | null },
): Promise<WorkspaceMembership[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`first-workspace:${user.id}`}))`);
    const existing = await listMemberships(tx, user.id);
    if (existing.length > 0) return existing;
    const owner = user.name?.trim() || user.email?.split("@")[0] || "My";
    return [await createWorkspace(tx, { userId: user.id, name: `${owner}'s workspace`, slugBase: owner })];
  });
}

/**
 * Creates a workspace with the person as its owner; their other memberships stay as they are.
 * A slug clash (one in 16 million per pair of equal names) draws a new suffix instead of
 * failing, and `on conflict do nothing` keeps the transaction usable for the retry.
 */
export async function createWorkspace(
  db: Executor,
  input: { userId: string; name: string; slugBase?: string },
): Promise<WorkspaceMembership> {
  return db.transaction(async (tx) => {
    let tenant: Tenant | undefined;
    for (let attempt = 0; !tenant && attempt < 5; attempt++) {
      [tenant] = await tx
        .insert(tenants)
        .values({ name: input.name, slug: randomSlug(input.slugBase ?? input.name) })
        .onConflictDoNothing({ target: tenants.slug })
        .returning();
    }
    if (!tenant) throw new Error("no free workspace slug after 5 attempts");
    await tx.insert(memberships).values({ tenantId: tenant.id, userId: input.userId, role: "owner" });
    await recordActivity(tx, {
      tenantId: tenant.id,
      actorUserId: input.userId,
      action: "workspace.created",
      outcome: "success",
      targetType: "tenant",
      targetId: tenant.id,
      metadata: { name: input.name },
    });
    return { tenant, role: "owner" as const };
  });
}
