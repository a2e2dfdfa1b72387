"use client";

import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { useSafeAction } from "@/components/forms/use-safe-action";
import { syncNow } from "@/lib/integrations/actions/sync-now";

export function SyncNowButton({ integrationId, disabled, providerName }: { integrationId: string; disabled?: boolean; providerName: string }) {
  const t = useTranslations("integrations");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const call = useSafeAction();
  return (
    <Button
      size="sm"
      variant="outline"
      disabled={disabled || pending}
      aria-label={`${t("syncNow")}: ${providerName}`}
      onClick={() =>
        startTransition(async () => {
          const result = await call(syncNow, { integrationId });
          if (!result.ok) toast.error(result.error);
          else if (result.data.deduplicated) toast.info(t("syncAlreadyRunning"));
          else if (!result.data.handedToInngest) toast.warning(t("syncQueuedOffline"));
          else toast.success(t("syncRequested"));
          router.refresh();
        })
      }
    >
      <RefreshCw className={pending ? "animate-spin" : undefined} aria-hidden />
      {t("syncNow")}
    </Button>
  );
}
