import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { SyncRun } from "@/db/schema";

export async function SyncRuns({ runs }: { runs: SyncRun[] }) {
  const t = await getTranslations("integrations.details");
  const format = await getFormatter();
  if (runs.length === 0) return <p className="text-muted-foreground text-sm">{t("noRuns")}</p>;
  return (
    <ul className="divide-y rounded-md border text-sm" data-testid="sync-runs">
      {runs.map((run) => (
        <li key={run.id} className="flex flex-wrap items-center gap-3 p-3">
          <Badge variant={run.status === "failed" ? "destructive" : run.status === "succeeded" ? "secondary" : "outline"}>
            {t(`runStatus.${run.status}`)}
          </Badge>
          <span>{t(`trigger.${run.trigger}`)}</span>
          <time className="text-muted-foreground" dateTime={run.createdAt.toISOString()}>
            {format.dateTime(run.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
          </time>
          <span className="tabular-nums">
            {Object.entries(run.records)
              .map(([kind, n]) => `${kind}: ${n}`)
              .join(" · ")}
          </span>
          {run.durationMs !== null && <span className="text-muted-foreground">{t("duration", { ms: run.durationMs })}</span>}
          {run.error && <span className="text-destructive w-full">{run.error}</span>}
        </li>
      ))}
    </ul>
  );
}
