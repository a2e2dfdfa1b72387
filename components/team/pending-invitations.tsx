"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Role } from "@/db/schema";
import { revokeInvitation } from "@/lib/team/actions/revoke-invitation";

export type PendingInvitation = { id: string; email: string; role: Role; expiresAt: Date };

export function PendingInvitations({ invitations, canManage }: { invitations: PendingInvitation[]; canManage: boolean }) {
  const t = useTranslations("team.pending");
  const roleNames = useTranslations("shell.role");
  const format = useFormatter();
  const { run, pending } = useAction(revokeInvitation, { success: t("revoked") });
  if (invitations.length === 0) return <p className="text-muted-foreground text-sm">{t("empty")}</p>;
  return (
    <ul className="divide-y rounded-md border">
      {invitations.map((inv) => (
        <li key={inv.id} className="flex flex-wrap items-center gap-3 p-3 text-sm">
          <span className="min-w-0 flex-1 truncate font-medium">{inv.email}</span>
          <Badge variant="secondary">{roleNames(inv.role)}</Badge>
          <span className="text-muted-foreground">
            {t("expires", { date: format.dateTime(inv.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </span>
          {canManage && (
            <Button size="sm" variant="outline" disabled={pending} onClick={() => run({ invitationId: inv.id })}>
              {t("revoke")}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
