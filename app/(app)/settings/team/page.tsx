import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/team/invite-form";
import { MembersTable } from "@/components/team/members-table";
import { PendingInvitations } from "@/components/team/pending-invitations";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { ROLES } from "@/db/schema";
import { listPendingInvitations } from "@/lib/team/invitations";
import { listMembers } from "@/lib/team/members";
import { requireTenantContext } from "@/lib/tenancy/context";
import { assignableRoles, hasRole } from "@/lib/tenancy/roles";

export default async function TeamPage() {
  const ctx = await requireTenantContext();
  const t = await getTranslations("team");
  const db = await getDb();
  const canInvite = hasRole(ctx.role, "admin");
  const [members, invitations] = await Promise.all([
    listMembers(db, ctx.tenant.id),
    canInvite ? listPendingInvitations(db, ctx.tenant.id) : Promise.resolve([]),
  ]);
  const assignable = assignableRoles(ctx.role);

  return (
    <div className="grid max-w-4xl gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("invite.title")}</CardTitle>
          <CardDescription>{canInvite ? t("invite.description") : t("invite.notAllowed")}</CardDescription>
        </CardHeader>
        {canInvite && (
          <CardContent className="grid gap-6">
            <InviteForm roles={assignable} />
            <div className="grid gap-2">
              <h3 className="text-sm font-semibold">{t("pending.title")}</h3>
              <PendingInvitations
                canManage={canInvite}
                invitations={invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt }))}
              />
            </div>
          </CardContent>
        )}
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("members.title")}</CardTitle>
        </CardHeader>
        <CardContent>
          <MembersTable members={members} currentUserId={ctx.user.id} assignable={assignable} allRoles={[...ROLES]} />
        </CardContent>
      </Card>
    </div>
  );
}
