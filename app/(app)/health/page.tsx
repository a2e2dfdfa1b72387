import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { checkHealth } from "@/lib/health/check";
import { outboxHealth } from "@/lib/jobs/outbox";
import { requireTenantContext } from "@/lib/tenancy/context";

export const dynamic = "force-dynamic";

export default async function HealthPage() {
  const ctx = await requireTenantContext();
  const t = await getTranslations("settings.health");
  const nav = await getTranslations("shell.nav");
  const format = await getFormatter();
  const report = await checkHealth();
  const jobs = report.components.database?.status === "ok" ? await outboxHealth(await getDb(), ctx.tenant.id) : null;
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
        {jobs && (
          <Card data-testid="health-jobs">
            <CardHeader className="flex flex-row items-center justify-between">
              <CardTitle>{t("jobsTitle")}</CardTitle>
              <Badge variant={jobs.waiting === 0 ? "secondary" : "destructive"}>{t(`status.${jobs.waiting === 0 ? "ok" : "down"}`)}</Badge>
            </CardHeader>
            <CardContent className="text-muted-foreground text-sm">
              {jobs.waiting === 0 || !jobs.oldestWaitingSince
                ? t("jobsOk")
                : t("jobsWaiting", { count: jobs.waiting, since: format.relativeTime(jobs.oldestWaitingSince) })}
              {jobs.lastError && <p className="text-destructive mt-1">{t("jobsError", { error: jobs.lastError })}</p>}
            </CardContent>
          </Card>
        )}
      </div>
    </>
  );
}
