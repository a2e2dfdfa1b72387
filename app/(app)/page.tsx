import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { IntegrationGrid } from "@/components/integrations/integration-grid";
import { JobsBanner } from "@/components/integrations/jobs-banner";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { loadIntegrationCards } from "@/lib/integrations/overview";
import { outboxHealth } from "@/lib/jobs/outbox";
import { requireTenantContext } from "@/lib/tenancy/context";
import { hasRole } from "@/lib/tenancy/roles";

export default async function OverviewPage() {
  const ctx = await requireTenantContext();
  const db = await getDb();
  const t = await getTranslations("shell");
  const ti = await getTranslations("integrations");
  const [cards, jobs] = await Promise.all([loadIntegrationCards(db, ctx.tenant.id), outboxHealth(db, ctx.tenant.id)]);
  const nothingConnected = cards.every((c) => !c.integration);

  return (
    <>
      <PageHeader
        title={t("welcome", { name: ctx.user.name ?? ctx.user.email ?? "" })}
        description={t("timeZoneNote", { timeZone: ctx.tenant.timeZone })}
      />
      <JobsBanner health={jobs} />
      {nothingConnected && (
        <Card className="mb-6" data-testid="empty-state">
          <CardHeader>
            <CardTitle>{ti("emptyTitle")}</CardTitle>
            <CardDescription>{ti("emptyBody")}</CardDescription>
          </CardHeader>
          <CardContent>
            <ol className="list-decimal space-y-1 pl-5 text-sm">
              <li>
                <Link className="underline underline-offset-4" href="/settings/branches">
                  {t("stepBranches")}
                </Link>
              </li>
              <li>
                <Link className="underline underline-offset-4" href="/settings/team">
                  {t("stepTeam")}
                </Link>
              </li>
              <li>{t("stepIntegrations")}</li>
            </ol>
          </CardContent>
        </Card>
      )}
      <h2 className="mb-3 text-lg font-semibold">{ti("overviewTitle")}</h2>
      <IntegrationGrid cards={cards} canSync={hasRole(ctx.role, "member")} />
    </>
  );
}
