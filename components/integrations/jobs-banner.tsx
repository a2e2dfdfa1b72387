import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { OutboxHealth } from "@/lib/jobs/outbox";

/** Said plainly when Inngest cannot take our jobs; the jobs themselves are safe in the outbox. */
export async function JobsBanner({ health }: { health: OutboxHealth }) {
  if (health.waiting === 0 || !health.oldestWaitingSince) return null;
  const t = await getTranslations("integrations");
  const format = await getFormatter();
  return (
    <Alert variant="destructive" className="mb-6" data-testid="jobs-banner">
      <AlertDescription>
        <p>{t("jobsDown", { count: health.waiting, since: format.relativeTime(health.oldestWaitingSince) })}</p>
        {health.lastError && <p className="text-xs">{t("jobsDownError", { error: health.lastError })}</p>}
      </AlertDescription>
    </Alert>
  );
}
