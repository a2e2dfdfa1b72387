"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Role } from "@/db/schema";
import { changeMemberRole } from "@/lib/team/actions/change-member-role";
import { removeMember } from "@/lib/team/actions/remove-member";
import { ConfirmButton } from "./confirm-button";

export type MemberRow = { userId: string; name: string | null; email: string | null; role: Role; since: Date };

export function MembersTable(props: { members: MemberRow[]; currentUserId: string; assignable: Role[]; allRoles: Role[] }) {
  const t = useTranslations("team.members");
  const roleNames = useTranslations("shell.role");
  const format = useFormatter();
  const roleChange = useAction(changeMemberRole, { success: t("roleChanged") });
  const removal = useAction(removeMember, { success: t("removed") });

  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("name")}</TableHead>
          <TableHead className="hidden sm:table-cell">{t("email")}</TableHead>
          <TableHead>{t("role")}</TableHead>
          <TableHead className="hidden md:table-cell">{t("since")}</TableHead>
          <TableHead>
            <span className="sr-only">{t("remove")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.members.map((m) => {
          const label = m.name ?? m.email ?? m.userId;
          const self = m.userId === props.currentUserId;
          // Controls are disabled, not hidden, for roles that may not use them; the server re-checks.
          const canManage = props.assignable.includes(m.role);
          return (
            <TableRow key={m.userId} data-testid={`member-${m.email}`}>
              <TableCell className="font-medium">
                {label} {self && <span className="text-muted-foreground">({t("you")})</span>}
              </TableCell>
              <TableCell className="hidden sm:table-cell">{m.email}</TableCell>
              <TableCell>
                <select
                  aria-label={t("changeRole", { name: label })}
                  value={m.role}
                  disabled={!canManage || roleChange.pending}
                  onChange={(e) => roleChange.run({ userId: m.userId, role: e.target.value as Role })}
                  className="border-input bg-background h-8 rounded-md border px-2 text-sm"
                >
                  {props.allRoles.map((role) => (
                    <option key={role} value={role} disabled={!props.assignable.includes(role)}>
                      {roleNames(role)}
                    </option>
                  ))}
                </select>
              </TableCell>
              <TableCell className="hidden md:table-cell">{format.dateTime(m.since, { dateStyle: "medium" })}</TableCell>
              <TableCell className="text-right">
                {(self || canManage) && (
                  <ConfirmButton
                    label={self ? t("leave") : t("remove")}
                    title={self ? t("leaveTitle") : t("removeTitle", { name: label })}
                    body={self ? t("leaveBody") : t("removeBody", { name: label })}
                    disabled={removal.pending}
                    onConfirm={() => removal.run({ userId: m.userId })}
                  />
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
