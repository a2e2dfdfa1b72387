"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { IntegrationStatus } from "@/db/schema";
import { cn } from "@/lib/utils";

const STYLES: Record<IntegrationStatus | "notConnected", string> = {
  active: "bg-emerald-600 text-white dark:bg-emerald-500",
  pending: "bg-amber-500 text-black",
  error: "bg-destructive text-white",
  disconnected: "bg-muted text-muted-foreground",
  notConnected: "bg-transparent text-muted-foreground border-border",
};

export function StatusBadge({ status }: { status: IntegrationStatus | null }) {
  const t = useTranslations("integrations.status");
  const key = status ?? "notConnected";
  return (
    <Badge variant="outline" className={cn("border", STYLES[key])} data-testid="integration-status">
      {t(key)}
    </Badge>
  );
}
