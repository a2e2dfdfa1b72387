import Image from "next/image";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/integrations/auto-refresh";
import { IntegrationActions } from "@/components/integrations/integration-actions";
import { JobsBanner } from "@/components/integrations/jobs-banner";
import { PrerequisitesAlert } from "@/components/integrations/prerequisites-alert";
import { ProviderActivity } from "@/components/integrations/provider-activity";
import { SettingsForm } from "@/components/integrations/settings/settings-form";
import { SetupInstructions } from "@/components/integrations/setup-instructions";
import { StaffMapping } from "@/components/integrations/staff-mapping";
import { StatusBadge } from "@/components/integrations/status-badge";
import { SyncNowButton } from "@/components/integrations/sync-now-button";
import { SyncRuns } from "@/components/integrations/sync-runs";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { UrlTabs } from "@/components/integrations/url-tabs";
import { getDb } from "@/db";
import { appOrigin } from "@/lib/http/app-origin";
import { loadProviderPage, loadStaffMapping } from "@/lib/integrations/provider-page";
import { outboxHealth } from "@/lib/jobs/outbox";
import { listStaff } from "@/lib/locations/staff";
import { providerText } from "@/lib/i18n/provider-text";
import { getProvider } from "@/lib/providers/registry";
import { requireTenantContext } from "@/lib/tenancy/context";
import { hasRole } from "@/lib/tenancy/roles";

const TABS = ["overview", "settings", "activity"] as const;

export default async function ProviderPage(props: {
  params: Promise<{ provider: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ provider: providerId }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const provider = getProvider(providerId);
  if (!provider) notFound();
  const ctx = await requireTenantContext();
  const db = await getDb();
  const t = await getTranslations("integrations");
  const tp = await getTranslations("providers");
  const text = (path: string, fallback: string) => providerText(tp, provider.manifest.id, path, fallback);
  const [page, jobs] = await Promise.all([loadProviderPage(db, ctx.tenant.id, provider, await appOrigin()), outboxHealth(db, ctx.tenant.id)]);
  const integration = page.integration;
  const requested = typeof searchParams.tab === "string" ? searchParams.tab : undefined;
  const tab = TABS.find((x) => x === requested) ?? (integration ? "overview" : "settings");
  const busy = page.runs.some((r) => r.status === "queued" || r.status === "running");
  const isAdmin = hasRole(ctx.role, "admin");
  const [mapping, staff] = integration
    ? await Promise.all([loadStaffMapping(db, ctx.tenant.id, integration.id), listStaff(db, ctx.tenant.id)])
    : [[], []];

  return (
    <>
      <AutoRefresh busy={busy} />
      <div className="mb-6 flex flex-wrap items-start gap-4">
        <Image src={provider.manifest.icon} alt="" width={48} height={48} className="rounded-md" />
        <div className="min-w-0 flex-1">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight">
            {provider.manifest.name} <StatusBadge status={integration?.status ?? null} />
          </h1>
          <p className="text-muted-foreground mt-1 text-sm">{text("description", provider.manifest.description)}</p>
          {integration?.lastError && (
            <p className="text-destructive mt-2 text-sm" data-testid="last-error">
              {integration.lastError}
            </p>
          )}
        </div>
        {integration && (
          <div className="flex flex-wrap gap-2">
            {hasRole(ctx.role, "member") && (
              <SyncNowButton integrationId={integration.id} disabled={!integration.enabled} providerName={provider.manifest.name} />
            )}
            <IntegrationActions integrationId={integration.id} enabled={integration.enabled} providerName={provider.manifest.name} canManage={isAdmin} />
          </div>
        )}
      </div>
      <JobsBanner health={jobs} />
      <PrerequisitesAlert unmet={page.unmet} providerName={provider.manifest.name} />
      <UrlTabs value={tab}>
        <TabsList>
          {TABS.map((key) => (
            <TabsTrigger key={key} value={key}>
              {t(`tabs.${key}`)}
            </TabsTrigger>
          ))}
        </TabsList>
        <TabsContent value="overview" className="grid gap-6 pt-4">
          <dl className="grid max-w-xl grid-cols-2 gap-3">
            {provider.manifest.counts.map((c) => (
              <div key={c.kind} className="bg-muted/50 rounded-md p-3">
                <dt className="text-muted-foreground text-xs">{text(`counts.${c.kind}`, c.label)}</dt>
                <dd className="text-2xl font-semibold tabular-nums" data-testid={`count-${c.kind}`}>
                  {page.counts[c.kind] ?? 0}
                </dd>
              </div>
            ))}
          </dl>
          <Card>
            <CardHeader>
              <CardTitle>{t("details.recentRuns")}</CardTitle>
            </CardHeader>
            <CardContent>
              <SyncRuns runs={page.runs} />
            </CardContent>
          </Card>
          {mapping.length > 0 && (
            <Card>
              <CardHeader>
                <CardTitle>{t("details.staffMapping")}</CardTitle>
                <p className="text-muted-foreground text-sm">{t("details.staffMappingHint")}</p>
              </CardHeader>
              <CardContent>
                <StaffMapping
                  canEdit={isAdmin}
                  staff={staff.map((s) => ({ id: s.id, name: s.name }))}
                  rows={mapping.map((m) => ({
                    id: m.id,
                    label: String(m.data.name ?? m.data.username ?? m.externalId),
                    email: typeof m.data.email === "string" ? m.data.email : null,
                    staffId: m.staffId,
                  }))}
                />
              </CardContent>
            </Card>
          )}
        </TabsContent>
        <TabsContent value="settings" className="pt-4">
          <div className="grid gap-6 lg:grid-cols-[minmax(0,36rem)_1fr]">
            <SettingsForm data={page.form} canEdit={isAdmin} />
            <Card className="h-fit">
              <CardContent>
                <SetupInstructions markdown={text("setup", provider.manifest.setupMarkdown)} />
              </CardContent>
            </Card>
          </div>
        </TabsContent>
        <TabsContent value="activity" className="pt-4">
          {integration ? <ProviderActivity ctx={ctx} integration={{ id: integration.id, provider: provider.manifest.id }} searchParams={searchParams} /> : null}
        </TabsContent>
      </UrlTabs>
    </>
  );
}
