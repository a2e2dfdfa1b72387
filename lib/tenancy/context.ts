import "server-only";
import { sql } from "drizzle-orm";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import type { Role, Tenant } from "@/db/schema";
import { auth } from "@/lib/auth";
import { ensureFirstWorkspace, listMemberships, type WorkspaceMembership } from "./workspaces";

export const ACTIVE_TENANT_COOKIE = "hub_active_tenant";

export type SessionUser = { id: string; name: string | null; email: string | null; image: string | null };

export type TenantContext = {
  user: SessionUser;
  tenant: Tenant;
  role: Role;
  workspaces: WorkspaceMembership[];
};

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** The signed-in person, or null. One session lookup per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id) {
    await assertDatabaseAnswersForSessionCookie();
    return null;
  }
  return { id: user.id, name: user.name ?? null, email: user.email ?? null, image: user.image ?? null };
});

/**
 * Auth.js answers "no session" when it cannot read the sessions table. With a session cookie
 * present that would send a signed-in person to the sign-in page while the database is down,
 * so check that the database answers and let the error page explain otherwise.
 */
async function assertDatabaseAnswersForSessionCookie(): Promise<void> {
  const jar = await cookies();
  if (!SESSION_COOKIES.some((name) => jar.has(name))) return;
  await (await getDb()).execute(sql`select 1`);
}

/**
 * Session -> user -> active workspace -> role. The active workspace comes from a cookie but is
 * only honoured if the user is a member of it; otherwise the first membership wins. A person
 * without any workspace gets one (their first sign-in) unless `createFirstWorkspace` is false,
 * as on the invitation page, where the invitee is about to join another.
 */
const loadTenantContext = cache(async (createFirstWorkspace: boolean): Promise<TenantContext | null> => {
  const user = await getSessionUser();
  if (!user) return null;
  const db = await getDb();
  let workspaces = await listMemberships(db, user.id);
  if (workspaces.length === 0 && createFirstWorkspace) workspaces = await ensureFirstWorkspace(db, user);
  const wanted = (await cookies()).get(ACTIVE_TENANT_COOKIE)?.value;
  const active = workspaces.find((w) => w.tenant.id === wanted) ?? workspaces[0];
  if (!active) return null;
  return { user, tenant: active.tenant, role: active.role, workspaces };
});

export const getTenantContext = () => loadTenantContext(true);

/** The context without creating a first workspace; null for a person who has none yet. */
export const peekTenantContext = () => loadTenantContext(false);

/** For pages: the context, or a redirect to sign-in. */
export async function requireTenantContext(): Promise<TenantContext> {
  const ctx = await getTenantContext();
  if (!ctx) redirect("/signin");
  return ctx;
}

/**
 * Makes `tenantId` the active workspace. The cookie only names a wish: every request checks the
 * membership again before honouring it.
 */
export async function setActiveWorkspace(tenantId: string): Promise<void> {
  (await cookies()).set(ACTIVE_TENANT_COOKIE, tenantId, { httpOnly: true, sameSite: "lax", path: "/" });
}
