import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireTenantContext } from "@/lib/tenancy/context";

export default async function OverviewPage() {
  const ctx = await requireTenantContext();
  const t = await getTranslations("shell");
  const format = await getFormatter();
  const steps = [
    { href: "/settings/branches", label: t("stepBranches") },
    { href: "/settings/team", label: t("stepTeam") },
    { href: "/integrations", label: t("stepIntegrations") },
  ];
  return (
    <>
      <PageHeader
        title={t("welcome", { name: ctx.user.name ?? ctx.user.email ?? "" })}
        description={t("overviewIntro", { workspace: ctx.tenant.name })}
      />
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle>{t("firstSteps")}</CardTitle>
        </CardHeader>
        <CardContent>
          <ol className="list-decimal space-y-2 pl-5">
            {steps.map((s) => (
              <li key={s.href}>
                <Link className="underline underline-offset-4" href={s.href}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ol>
          <p className="text-muted-foreground mt-4 text-xs">
            {t("timeZoneNote", { timeZone: ctx.tenant.timeZone })} ·{" "}
            <time dateTime={new Date().toISOString()}>{format.dateTime(new Date(), { dateStyle: "medium", timeStyle: "short" })}</time>
          </p>
        </CardContent>
      </Card>
    </>
  );
}
