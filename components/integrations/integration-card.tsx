"use client";

import Image from "next/image";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { providerText } from "@/lib/i18n/provider-text";
import type { IntegrationCardData } from "@/lib/integrations/overview";
import { StatusBadge } from "./status-badge";
import { SyncNowButton } from "./sync-now-button";

export function IntegrationCard({ data, canSync }: { data: IntegrationCardData; canSync: boolean }) {
  const t = useTranslations("integrations");
  const tp = useTranslations("providers");
  const format = useFormatter();
  const { provider, integration } = data;
  const run = integration?.latestRun;
  const live = run && (run.status === "queued" || run.status === "running");
  const recordsSoFar = run ? Object.values(run.records).reduce((a, b) => a + b, 0) : 0;

  return (
    <Card data-testid={`integration-card-${provider.id}`} className="flex flex-col">
      <CardHeader className="flex flex-row items-start gap-3">
        <Image src={provider.icon} alt="" width={40} height={40} className="rounded-md" />
        <div className="min-w-0 flex-1">
          <CardTitle className="flex flex-wrap items-center gap-2">
            <h2 className="text-base">{provider.name}</h2>
            <StatusBadge status={integration?.status ?? null} />
          </CardTitle>
          <CardDescription className="line-clamp-2">{providerText(tp, provider.id, "description", provider.description)}</CardDescription>
        </div>
      </CardHeader>
      <CardContent className="grid flex-1 gap-3 text-sm">
        {integration && (
          <>
            <dl className="grid grid-cols-2 gap-2">
              {provider.counts.map((c) => (
                <div key={c.kind} className="bg-muted/50 rounded-md p-2">
                  <dt className="text-muted-foreground text-xs">{providerText(tp, provider.id, `counts.${c.kind}`, c.label)}</dt>
                  <dd className="text-lg font-semibold tabular-nums" data-testid={`count-${c.kind}`}>
                    {integration.counts[c.kind] ?? 0}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="text-muted-foreground" data-testid="last-sync">
              {integration.lastSyncAt
                ? t("lastSync", { time: format.relativeTime(new Date(integration.lastSyncAt)) })
                : t("neverSynced")}
            </p>
            {live && (
              <p role="status" className="text-primary" data-testid="sync-progress">
                {run.status === "queued" ? t("queued") : t("syncing", { count: recordsSoFar })}
              </p>
            )}
            {integration.lastError && (
              <p className="text-destructive" data-testid="last-error">
                {integration.lastError}
              </p>
            )}
          </>
        )}
      </CardContent>
      <CardFooter className="flex gap-2">
        {integration && canSync && (
          <SyncNowButton integrationId={integration.id} disabled={!integration.enabled} providerName={provider.name} />
        )}
        <Button asChild size="sm" variant={integration ? "ghost" : "default"}>
          <Link href={`/integrations/${provider.id}`}>{integration ? t("configure") : t("connect")}</Link>
        </Button>
      </CardFooter>
    </Card>
  );
}
