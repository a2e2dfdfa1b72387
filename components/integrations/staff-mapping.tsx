"use client";

import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { mapStaff } from "@/lib/integrations/actions/map-staff";

export type MappingRow = { id: string; label: string; email: string | null; staffId: string | null };

export function StaffMapping({ rows, staff, canEdit }: { rows: MappingRow[]; staff: { id: string; name: string }[]; canEdit: boolean }) {
  const t = useTranslations("integrations.details");
  const { run, pending } = useAction(mapStaff, { success: t("mappingSaved") });
  return (
    <table className="w-full text-sm" data-testid="staff-mapping">
      <thead>
        <tr className="text-muted-foreground text-left">
          <th className="p-2 font-medium">{t("providerUser")}</th>
          <th className="p-2 font-medium">{t("staffMember")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-t">
            <td className="p-2">
              {row.label} {row.email && <span className="text-muted-foreground">({row.email})</span>}
            </td>
            <td className="p-2">
              <select
                aria-label={`${t("staffMember")}: ${row.label}`}
                value={row.staffId ?? ""}
                disabled={!canEdit || pending}
                onChange={(e) => run({ recordId: row.id, staffId: e.target.value || null })}
                className="border-input bg-background h-8 rounded-md border px-2"
              >
                <option value="">{t("unmatched")}</option>
                {staff.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
