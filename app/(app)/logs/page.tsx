import { getTranslations } from "next-intl/server";
import { ActivityTable } from "@/components/activity/activity-table";
import { PageHeader } from "@/components/shell/page-header";
import { getDb } from "@/db";
import { parseActivitySearchParams } from "@/lib/activity/filters";
import { activityProviderNames } from "@/lib/activity/provider-names";
import { listActivity, listActivityFacets } from "@/lib/activity/query";
import { requireTenantContext } from "@/lib/tenancy/context";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function LogsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireTenantContext();
  const [params, t, db] = await Promise.all([searchParams, getTranslations("logs"), getDb()]);
  const query = parseActivitySearchParams(params);
  // The tenant comes from the session; the URL only chooses filters and the page.
  const [page, facets] = await Promise.all([
    listActivity(db, ctx.tenant.id, { ...query, timeZone: ctx.tenant.timeZone }),
    listActivityFacets(db, ctx.tenant.id),
  ]);
  const providerNames = activityProviderNames([...facets.providers, ...page.rows.map((row) => row.provider)]);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ActivityTable
        rows={page.rows}
        pagination={{ nextCursor: page.nextCursor, prevCursor: page.prevCursor, pageSize: query.pageSize }}
        facets={facets}
        providerNames={providerNames}
      />
      <p className="text-muted-foreground mt-4 text-xs">{t("timeZoneNote", { timeZone: ctx.tenant.timeZone })}</p>
    </>
  );
}
