"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable, useUrlFilters, type KeysetPagination } from "@/components/data-table";
import { Button } from "@/components/ui/button";
import { summarizeMetadata } from "@/lib/activity/summary";
import type { ActivityFacets, ActivityRow } from "@/lib/activity/types";
import { ActivityDetail, FULL_TIME } from "./activity-detail";
import { ACTIVITY_FILTER_KEYS, ActivityFilters, activityFilterParams, type ActivityFilterKey } from "./activity-filters";
import { ActivityOutcomeBadge } from "./activity-outcome-badge";
import { useActivityLabels, type ActivityLabels } from "./use-activity-labels";

export const ACTIVITY_COLUMN_KEYS = ["time", "action", "provider", "outcome", "actor", "summary"] as const;
export type ActivityColumnKey = (typeof ACTIVITY_COLUMN_KEYS)[number];

const SHORT_TIME = { dateStyle: "medium", timeStyle: "medium" } as const;
const WIDE_ONLY = { headerClassName: "hidden lg:table-cell", cellClassName: "hidden lg:table-cell" };

export type ActivityTableProps = {
  /** The page `listActivity` returned. */
  rows: ActivityRow[];
  /** `nextCursor` / `prevCursor` from `listActivity`, and the page size it used. */
  pagination: KeysetPagination;
  /** Filters to draw above the table; `[]` draws none. Default: all of them. */
  filters?: readonly ActivityFilterKey[];
  /** Options for the provider and type filters, from `listActivityFacets`. */
  facets?: ActivityFacets;
  /** Columns to show, e.g. without `provider` on a provider's own page. Default: all. */
  columns?: readonly ActivityColumnKey[];
  /** Provider id -> display name (`activityProviderNames`); unknown ids show as they are. */
  providerNames?: Readonly<Record<string, string>>;
  /** Shown when the log is empty and no filter is set; the default explains what gets logged. */
  emptyMessage?: React.ReactNode;
  /** Accessible name of the table. */
  caption?: string;
  className?: string;
};

function buildColumns(
  keys: readonly ActivityColumnKey[],
  labels: ActivityLabels,
  header: (key: ActivityColumnKey) => string,
  formatTime: (date: Date) => string,
  formatFullTime: (date: Date) => string,
): ColumnDef<ActivityRow>[] {
  const all: Record<ActivityColumnKey, ColumnDef<ActivityRow>> = {
    time: {
      id: "time",
      header: header("time"),
      meta: { cellClassName: "whitespace-nowrap tabular-nums" },
      cell: ({ row: { original } }) => (
        <time dateTime={original.createdAt.toISOString()} title={formatFullTime(original.createdAt)}>
          {formatTime(original.createdAt)}
        </time>
      ),
    },
    action: {
      id: "action",
      header: header("action"),
      meta: { cellClassName: "font-medium" },
      cell: ({ row: { original } }) => labels.action(original.action),
    },
    provider: {
      id: "provider",
      header: header("provider"),
      meta: { headerClassName: "hidden md:table-cell", cellClassName: "hidden md:table-cell" },
      cell: ({ row: { original } }) =>
        original.provider ? labels.provider(original.provider) : <span className="text-muted-foreground">—</span>,
    },
    outcome: {
      id: "outcome",
      header: header("outcome"),
      cell: ({ row: { original } }) => (
        <ActivityOutcomeBadge outcome={original.outcome} label={labels.outcome(original.outcome)} />
      ),
    },
    actor: {
      id: "actor",
      header: header("actor"),
      meta: WIDE_ONLY,
      cell: ({ row: { original } }) => labels.actor(original.actor),
    },
    summary: {
      id: "summary",
      header: header("summary"),
      meta: WIDE_ONLY,
      cell: ({ row: { original } }) => {
        const summary = summarizeMetadata(original.metadata);
        return (
          <span className="text-muted-foreground block max-w-[36ch] truncate" title={summary}>
            {summary}
          </span>
        );
      },
    },
  };
  return keys.map((key) => all[key]);
}

/** What the table says when it has no rows: why, and for a filtered view, a way out. */
function ActivityTableEmpty({ filterParams, children }: { filterParams: string[]; children?: React.ReactNode }) {
  const t = useTranslations("logs");
  const { hasFilters, clearFilters } = useUrlFilters();
  if (hasFilters(filterParams)) {
    return (
      <div className="flex flex-col items-center gap-2 py-4">
        <p>{t("empty.filtered")}</p>
        <Button type="button" variant="outline" size="sm" onClick={() => clearFilters(filterParams)}>
          <X aria-hidden="true" />
          {t("filters.clear")}
        </Button>
      </div>
    );
  }
  return (
    children ?? (
      <div className="mx-auto grid max-w-prose gap-2 py-6 whitespace-normal">
        <p className="text-foreground font-medium">{t("empty.title")}</p>
        <p>{t("empty.body")}</p>
      </div>
    )
  );
}

/**
 * The activity log table: the logs page uses it with every filter, the provider page's
 * Activity tab with fewer filters and columns. Paging, filters and the open page live in the URL.
 */
export function ActivityTable({
  rows,
  pagination,
  filters = ACTIVITY_FILTER_KEYS,
  facets = { providers: [], actionTypes: [] },
  columns = ACTIVITY_COLUMN_KEYS,
  providerNames,
  emptyMessage,
  caption,
  className,
}: ActivityTableProps) {
  const t = useTranslations("logs");
  const format = useFormatter();
  const labels = useActivityLabels(providerNames);
  const tableColumns = buildColumns(
    columns,
    labels,
    (key) => t(`columns.${key}`),
    (date) => format.dateTime(date, SHORT_TIME),
    (date) => format.dateTime(date, FULL_TIME),
  );

  return (
    <DataTable
      columns={tableColumns}
      data={rows}
      pagination={pagination}
      getRowId={(row) => String(row.id)}
      caption={caption ?? t("caption")}
      className={className}
      toolbar={
        filters.length > 0 ? <ActivityFilters show={filters} facets={facets} providerNames={providerNames} /> : null
      }
      emptyMessage={<ActivityTableEmpty filterParams={activityFilterParams(filters)}>{emptyMessage}</ActivityTableEmpty>}
      labels={{
        noResults: t("table.noResults"),
        close: t("table.close"),
        detail: t("table.detail"),
        previous: t("table.previous"),
        next: t("table.next"),
        rowsPerPage: t("table.rowsPerPage"),
        pagination: t("table.pagination"),
      }}
      renderDetailTitle={(row) => labels.action(row.action)}
      renderDetailDescription={(row) => format.dateTime(row.createdAt, FULL_TIME)}
      renderDetail={(row) => <ActivityDetail row={row} labels={labels} />}
    />
  );
}
