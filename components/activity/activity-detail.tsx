"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ActivityRow } from "@/lib/activity/types";
import { ActivityOutcomeBadge } from "./activity-outcome-badge";
import type { ActivityLabels } from "./use-activity-labels";

export const FULL_TIME = {
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZoneName: "short",
} as const;

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1">
      <dt className="text-muted-foreground text-xs font-medium">{term}</dt>
      <dd className="text-sm break-words">{children}</dd>
    </div>
  );
}

/** The detail sheet's body: everything recorded about one entry, metadata as JSON. */
export function ActivityDetail({ row, labels }: { row: ActivityRow; labels: ActivityLabels }) {
  const t = useTranslations("logs.detail");
  const format = useFormatter();
  const hasMetadata = Object.keys(row.metadata ?? {}).length > 0;
  return (
    <div className="grid gap-4" data-testid="activity-detail">
      <dl className="grid gap-4">
        <Item term={t("time")}>
          <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, FULL_TIME)}</time>
        </Item>
        <Item term={t("action")}>
          {labels.action(row.action)}{" "}
          <span className="text-muted-foreground">
            ({t("actionCode")}: <code className="font-mono text-xs">{row.action}</code>)
          </span>
        </Item>
        <Item term={t("outcome")}>
          <ActivityOutcomeBadge outcome={row.outcome} label={labels.outcome(row.outcome)} />
        </Item>
        {row.provider && <Item term={t("provider")}>{labels.provider(row.provider)}</Item>}
        <Item term={t("actor")}>
          {labels.actor(row.actor)}
          {row.actor?.name && row.actor.email && <span className="text-muted-foreground"> · {row.actor.email}</span>}
        </Item>
        {(row.targetType || row.targetId) && (
          <Item term={t("target")}>
            {row.targetType && labels.targetType(row.targetType)}{" "}
            {row.targetId && <code className="font-mono text-xs">{row.targetId}</code>}
          </Item>
        )}
        <Item term={t("metadata")}>
          {hasMetadata ? (
            <pre className="bg-muted max-h-96 overflow-auto rounded-md p-3 font-mono text-xs whitespace-pre-wrap">
              {JSON.stringify(row.metadata, null, 2)}
            </pre>
          ) : (
            <span className="text-muted-foreground">{t("noMetadata")}</span>
          )}
        </Item>
      </dl>
      <p className="text-muted-foreground text-xs">{t("entryId", { id: row.id })}</p>
    </div>
  );
}
