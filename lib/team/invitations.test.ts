import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { invitations, memberships } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createUser, createWorkspaceWithOwner } from "@/lib/testing/factories";
import { acceptInvitation, createInvitation, hashInvitationToken, listPendingInvitations, revokeInvitation } from "./invitations";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});

describe("invitations", () => {
  it("stores only the token's hash and lets the invited email join once with the invited role", async () => {
    const { tenant, owner } = await createWorkspaceWithOwner(db);
    const invitee = await createUser(db, "Invitee");
    const { invitation, token } = await createInvitation(db, {
      tenantId: tenant.id,
      email: invitee.email!.toUpperCase(),
      role: "member",
      invitedBy: owner.id,
    });
    const [stored] = await db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(stored!.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    expect(await acceptInvitation(db, token, invitee)).toEqual({ ok: true, tenantId: tenant.id, role: "member" });
    const [membership] = await db.select().from(memberships).where(eq(memberships.userId, invitee.id));
    expect(membership).toMatchObject({ tenantId: tenant.id, role: "member" });
    expect(await acceptInvitation(db, token, invitee)).toEqual({ ok: false, problem: "used" });
  });

  it("refuses another person's email, an expired link, a revoked link and an unknown token", async () => {
    const { tenant, owner } = await createWorkspaceWithOwner(db);
    const invitee = await createUser(db);
    const stranger = await createUser(db);
    const { invitation, token } = await createInvitation(db, { tenantId: tenant.id, email: invitee.email!, role: "viewer", invitedBy: owner.id });
    expect(await acceptInvitation(db, token, stranger)).toEqual({ ok: false, problem: "wrong_email" });

    await db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, invitation.id));
    expect(await acceptInvitation(db, token, invitee)).toEqual({ ok: false, problem: "expired" });

    const second = await createInvitation(db, { tenantId: tenant.id, email: invitee.email!, role: "viewer", invitedBy: owner.id });
    expect(await revokeInvitation(db, tenant.id, second.invitation.id, owner.id)).toBe(true);
    expect(await acceptInvitation(db, second.token, invitee)).toEqual({ ok: false, problem: "revoked" });
    expect(await acceptInvitation(db, "not-a-token", invitee)).toEqual({ ok: false, problem: "not_found" });
    expect(await db.select().from(memberships).where(eq(memberships.userId, invitee.id))).toHaveLength(0);
  });

  it("cannot list or revoke another workspace's invitations", async () => {
    const a = await createWorkspaceWithOwner(db);
    const b = await createWorkspaceWithOwner(db);
    const { invitation } = await createInvitation(db, { tenantId: b.tenant.id, email: "x@example.test", role: "member", invitedBy: b.owner.id });
    expect(await revokeInvitation(db, a.tenant.id, invitation.id, a.owner.id)).toBe(false);
    expect(await listPendingInvitations(db, a.tenant.id)).toHaveLength(0);
    expect((await listPendingInvitations(db, b.tenant.id)).map((i) => i.id)).toEqual([invitation.id]);
  });

  it("lets only one of two simultaneous accepts win", async () => {
    const { tenant, owner } = await createWorkspaceWithOwner(db);
    const invitee = await createUser(db);
    const { token } = await createInvitation(db, { tenantId: tenant.id, email: invitee.email!, role: "member", invitedBy: owner.id });
    const results = await Promise.all([acceptInvitation(db, token, invitee), acceptInvitation(db, token, invitee)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
