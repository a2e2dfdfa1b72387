"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { ConfirmButton } from "@/components/team/confirm-button";
import { Button } from "@/components/ui/button";
import { useSafeAction } from "@/components/forms/use-safe-action";
import { deleteIntegration } from "@/lib/integrations/actions/delete-integration";
import { setIntegrationEnabled } from "@/lib/integrations/actions/set-enabled";
import { testConnection } from "@/lib/integrations/actions/test-connection";

export function IntegrationActions(props: { integrationId: string; enabled: boolean; providerName: string; canManage: boolean }) {
  const t = useTranslations("integrations");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const call = useSafeAction();

  function test() {
    startTransition(async () => {
      const result = await call(testConnection, { integrationId: props.integrationId });
      if (!result.ok) toast.error(result.error);
      else if (result.data.status === "active") toast.success(t("tested.active"));
      else toast.error(t(`tested.${result.data.status}`, { error: result.data.error ?? "" }));
      router.refresh();
    });
  }

  function toggle() {
    startTransition(async () => {
      const result = await call(setIntegrationEnabled, { integrationId: props.integrationId, enabled: !props.enabled });
      if (!result.ok) toast.error(result.error);
      router.refresh();
    });
  }

  function remove() {
    startTransition(async () => {
      const result = await call(deleteIntegration, { integrationId: props.integrationId });
      if (!result.ok) return void toast.error(result.error);
      toast.success(t("deleted"));
      router.push("/integrations");
    });
  }

  if (!props.canManage) return null;
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="outline" size="sm" disabled={pending || !props.enabled} onClick={test}>
        {t("testConnection")}
      </Button>
      <Button variant="outline" size="sm" disabled={pending} onClick={toggle}>
        {props.enabled ? t("disable") : t("enable")}
      </Button>
      <ConfirmButton
        label={t("delete")}
        title={t("deleteTitle", { name: props.providerName })}
        body={t("deleteBody")}
        disabled={pending}
        onConfirm={remove}
      />
    </div>
  );
}
