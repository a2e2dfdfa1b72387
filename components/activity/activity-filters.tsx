"use client";

import { X } from "lucide-react";
import { Fragment } from "react";
import { useTranslations } from "next-intl";
import {
  DataTableDateRangeFilter,
  DataTableSelectFilter,
  useUrlFilters,
  type DataTableSelectFilterOption,
} from "@/components/data-table";
import { Button } from "@/components/ui/button";
import { ACTIVITY_FILTER_PARAMS, ACTIVITY_OUTCOMES, actionTypeFilter, actionTypeOf } from "@/lib/activity/filters";
import type { ActivityFacets } from "@/lib/activity/types";
import { useActivityLabels } from "./use-activity-labels";

export const ACTIVITY_FILTER_KEYS = ["provider", "type", "outcome", "dateRange"] as const;
export type ActivityFilterKey = (typeof ACTIVITY_FILTER_KEYS)[number];

const PARAMS_OF: Record<ActivityFilterKey, readonly string[]> = {
  provider: [ACTIVITY_FILTER_PARAMS.provider],
  type: [ACTIVITY_FILTER_PARAMS.type],
  outcome: [ACTIVITY_FILTER_PARAMS.outcome],
  dateRange: [ACTIVITY_FILTER_PARAMS.from, ACTIVITY_FILTER_PARAMS.to],
};

/** The search params the given filters write (and "Clear filters" removes). */
export function activityFilterParams(show: readonly ActivityFilterKey[]): string[] {
  return show.flatMap((key) => PARAMS_OF[key]);
}

/** Adds the value in the URL when the facets do not list it, so the select can show it. */
function withCurrent(values: readonly string[], current: string | null): string[] {
  return current && !values.includes(current) ? [...values, current] : [...values];
}

export type ActivityFiltersProps = {
  /** Which filters to draw, in this order. */
  show?: readonly ActivityFilterKey[];
  facets: ActivityFacets;
  providerNames?: Readonly<Record<string, string>>;
};

/**
 * The log's filter bar. Every filter lives in the URL (`provider`, `type`, `outcome`, `from`,
 * `to`); changing one starts again at the first page. Render it inside a `DataTable` (its
 * `toolbar`) so it shares the table's URL state.
 */
export function ActivityFilters({ show = ACTIVITY_FILTER_KEYS, facets, providerNames }: ActivityFiltersProps) {
  const t = useTranslations("logs.filters");
  const labels = useActivityLabels(providerNames);
  const { getFilter, hasFilters, clearFilters } = useUrlFilters();
  const params = activityFilterParams(show);

  const providerOptions: DataTableSelectFilterOption[] = withCurrent(
    facets.providers,
    getFilter(ACTIVITY_FILTER_PARAMS.provider),
  ).map((id) => ({ value: id, label: labels.provider(id) }));

  // A whole type is `sync.`; a hand-written link may also hold one exact action.
  const typeOptions: DataTableSelectFilterOption[] = withCurrent(
    facets.actionTypes.map(actionTypeFilter),
    getFilter(ACTIVITY_FILTER_PARAMS.type),
  ).map((value) => ({
    value,
    label: value.endsWith(".") ? labels.actionType(actionTypeOf(value)) : labels.action(value),
  }));

  const outcomeOptions: DataTableSelectFilterOption[] = ACTIVITY_OUTCOMES.map((outcome) => ({
    value: outcome,
    label: labels.outcome(outcome),
  }));

  const filters: Record<ActivityFilterKey, React.ReactNode> = {
    provider: (
      <DataTableSelectFilter
        param={ACTIVITY_FILTER_PARAMS.provider}
        label={t("provider")}
        allLabel={t("allProviders")}
        options={providerOptions}
      />
    ),
    type: (
      <DataTableSelectFilter
        param={ACTIVITY_FILTER_PARAMS.type}
        label={t("type")}
        allLabel={t("allTypes")}
        options={typeOptions}
      />
    ),
    outcome: (
      <DataTableSelectFilter
        param={ACTIVITY_FILTER_PARAMS.outcome}
        label={t("outcome")}
        allLabel={t("allOutcomes")}
        options={outcomeOptions}
        className="w-[150px]"
      />
    ),
    dateRange: (
      <DataTableDateRangeFilter
        fromParam={ACTIVITY_FILTER_PARAMS.from}
        toParam={ACTIVITY_FILTER_PARAMS.to}
        fromLabel={t("from")}
        toLabel={t("to")}
      />
    ),
  };

  if (show.length === 0) return null;
  return (
    <div role="group" aria-label={t("label")} className="flex flex-wrap items-center gap-2">
      {show.map((key) => (
        <Fragment key={key}>{filters[key]}</Fragment>
      ))}
      {hasFilters(params) && (
        <Button type="button" variant="ghost" size="sm" onClick={() => clearFilters(params)}>
          <X aria-hidden="true" />
          {t("clear")}
        </Button>
      )}
    </div>
  );
}
