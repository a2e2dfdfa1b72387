import { getTranslations } from "next-intl/server";
import { AddStaffForm } from "@/components/locations/add-staff-form";
import { ReadOnlyNotice } from "@/components/locations/read-only-notice";
import { StaffTable } from "@/components/locations/staff-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { listBranches } from "@/lib/locations/branches";
import { listStaff } from "@/lib/locations/staff";
import { requireTenantContext } from "@/lib/tenancy/context";
import { hasRole } from "@/lib/tenancy/roles";

export default async function StaffPage() {
  const ctx = await requireTenantContext();
  const t = await getTranslations("locations.staff");
  const canEdit = hasRole(ctx.role, "admin");
  const db = await getDb();
  const [staff, branches] = await Promise.all([listStaff(db, ctx.tenant.id), listBranches(db, ctx.tenant.id)]);
  const branchOptions = branches.map((b) => ({ id: b.id, name: b.name }));

  return (
    <div className="grid max-w-4xl gap-6">
      {!canEdit && <ReadOnlyNotice text={t("readOnly")} />}
      <Card>
        <CardHeader>
          <CardTitle>{t("addTitle")}</CardTitle>
          <CardDescription>{t("addDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <AddStaffForm branches={branchOptions} canEdit={canEdit} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("listTitle")}</CardTitle>
        </CardHeader>
        <CardContent>
          <StaffTable
            canEdit={canEdit}
            branches={branchOptions}
            staff={staff.map((s) => ({ id: s.id, name: s.name, email: s.email, branchId: s.branchId, branchName: s.branchName }))}
          />
        </CardContent>
      </Card>
    </div>
  );
}
