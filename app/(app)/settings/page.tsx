import { getTranslations } from "next-intl/server";
import { WorkspaceForm } from "@/components/settings/workspace-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireTenantContext } from "@/lib/tenancy/context";

export default async function GeneralSettingsPage() {
  const ctx = await requireTenantContext();
  const t = await getTranslations("settings.general");
  return (
    <Card className="max-w-xl">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <WorkspaceForm
          name={ctx.tenant.name}
          timeZone={ctx.tenant.timeZone}
          timeZones={["UTC", ...Intl.supportedValuesOf("timeZone")]}
          canEdit={ctx.role === "owner"}
        />
      </CardContent>
    </Card>
  );
}
