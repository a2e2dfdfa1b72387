import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { checkHealth } from "@/lib/health/check";
import { requireTenantContext } from "@/lib/tenancy/context";

export const dynamic = "force-dynamic";

export default async function HealthPage() {
  await requireTenantContext();
  const t = await getTranslations("settings.health");
  const nav = await getTranslations("shell.nav");
  const report = await checkHealth();
  return (
    <>
      <PageHeader title={nav("health")} description={report.status === "ok" ? t("allOk") : t("someDown", { names: report.down.join(", ") })} />
      <div className="grid max-w-3xl gap-4 sm:grid-cols-2">
        {Object.entries(report.components).map(([name, c]) => (
          <Card key={name}>
            <CardHeader className="flex flex-row items-center justify-between">
              <CardTitle className="capitalize">{t.has(`component.${name}`) ? t(`component.${name}`) : name}</CardTitle>
              <Badge variant={c.status === "ok" ? "secondary" : "destructive"}>{t(`status.${c.status}`)}</Badge>
            </CardHeader>
            <CardContent className="text-muted-foreground text-sm">
              {t("latency", { ms: c.latencyMs })}
              {c.error && <p className="text-destructive mt-1">{c.error}</p>}
            </CardContent>
          </Card>
        ))}
      </div>
    </>
  );
}
