import { Badge } from "@/components/ui/badge";
import type { Outcome } from "@/db/schema";
import { cn } from "@/lib/utils";

const STYLES: Record<Outcome, { variant: "outline" | "destructive" | "secondary"; className?: string }> = {
  success: { variant: "outline", className: "border-emerald-600/40 text-emerald-700 dark:text-emerald-400" },
  failure: { variant: "destructive" },
  info: { variant: "secondary" },
};

export function ActivityOutcomeBadge({ outcome, label }: { outcome: Outcome; label: string }) {
  const style = STYLES[outcome] ?? STYLES.info;
  return (
    <Badge variant={style.variant} className={cn(style.className)} data-outcome={outcome}>
      {label}
    </Badge>
  );
}
