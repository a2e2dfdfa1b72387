import { getTranslations } from "next-intl/server";
import { AddBranchForm } from "@/components/locations/add-branch-form";
import { BranchesTable } from "@/components/locations/branches-table";
import { ReadOnlyNotice } from "@/components/locations/read-only-notice";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { listBranches } from "@/lib/locations/branches";
import { requireTenantContext } from "@/lib/tenancy/context";
import { hasRole } from "@/lib/tenancy/roles";

export default async function BranchesPage() {
  const ctx = await requireTenantContext();
  const t = await getTranslations("locations.branches");
  const canEdit = hasRole(ctx.role, "admin");
  const branches = await listBranches(await getDb(), ctx.tenant.id);

  return (
    <div className="grid max-w-4xl gap-6">
      {!canEdit && <ReadOnlyNotice text={t("readOnly")} />}
      <Card>
        <CardHeader>
          <CardTitle>{t("addTitle")}</CardTitle>
          <CardDescription>{t("addDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <AddBranchForm canEdit={canEdit} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("listTitle")}</CardTitle>
        </CardHeader>
        <CardContent>
          <BranchesTable
            canEdit={canEdit}
            branches={branches.map((b) => ({ id: b.id, name: b.name, address: b.address, staffCount: b.staffCount }))}
          />
        </CardContent>
      </Card>
    </div>
  );
}
