import { ActivityTable } from "@/components/activity/activity-table";
import { getDb } from "@/db";
import { parseActivitySearchParams } from "@/lib/activity/filters";
import { listActivity, listActivityFacets } from "@/lib/activity/query";
import type { TenantContext } from "@/lib/tenancy/context";

/** The provider page's Activity tab: the shared activity table, pinned to this integration. */
export async function ProviderActivity(props: {
  ctx: TenantContext;
  integration: { id: string; provider: string };
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const db = await getDb();
  const q = parseActivitySearchParams(props.searchParams);
  // The pinned values come after the URL's, so a crafted URL cannot widen the scope.
  const [page, facets] = await Promise.all([
    listActivity(db, props.ctx.tenant.id, {
      ...q,
      provider: props.integration.provider,
      targetType: "integration",
      targetId: props.integration.id,
      timeZone: props.ctx.tenant.timeZone,
    }),
    listActivityFacets(db, props.ctx.tenant.id),
  ]);
  return (
    <ActivityTable
      rows={page.rows}
      pagination={{ nextCursor: page.nextCursor, prevCursor: page.prevCursor, pageSize: q.pageSize }}
      filters={["type", "outcome", "dateRange"]}
      columns={["time", "action", "outcome", "actor", "summary"]}
      facets={facets}
    />
  );
}
