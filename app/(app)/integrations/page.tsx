import { getTranslations } from "next-intl/server";
import { IntegrationGrid } from "@/components/integrations/integration-grid";
import { JobsBanner } from "@/components/integrations/jobs-banner";
import { PageHeader } from "@/components/shell/page-header";
import { getDb } from "@/db";
import { loadIntegrationCards } from "@/lib/integrations/overview";
import { outboxHealth } from "@/lib/jobs/outbox";
import { requireTenantContext } from "@/lib/tenancy/context";
import { hasRole } from "@/lib/tenancy/roles";

export default async function IntegrationsPage() {
  const ctx = await requireTenantContext();
  const db = await getDb();
  const t = await getTranslations("integrations");
  const [cards, jobs] = await Promise.all([loadIntegrationCards(db, ctx.tenant.id), outboxHealth(db, ctx.tenant.id)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <JobsBanner health={jobs} />
      <IntegrationGrid cards={cards} canSync={hasRole(ctx.role, "member")} />
    </>
  );
}
