"use client";

import { CheckCircle2, Loader2, XCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState, useTransition } from "react";
import { toast } from "sonner";
import { Field } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import type { SettingsFormData } from "@/lib/integrations/provider-page";
import { useSafeAction } from "@/components/forms/use-safe-action";
import { providerText } from "@/lib/i18n/provider-text";
import { saveIntegration } from "@/lib/integrations/actions/save-integration";
import { FieldControl } from "./field-control";
import { initialValues, schemaFields, submittedValues } from "./schema-fields";
import { useLiveCheck, type LiveCheck } from "./use-live-check";

export function SettingsForm({ data, canEdit }: { data: SettingsFormData; canEdit: boolean }) {
  const t = useTranslations("integrations.form");
  const tp = useTranslations("providers");
  const router = useRouter();
  const fields = useMemo(() => schemaFields(data.jsonSchema), [data.jsonSchema]);
  const sources = useMemo(() => fields.flatMap((f) => (f.discovery ? [f.discovery] : [])), [fields]);
  const [values, setValues] = useState(() => initialValues(fields, data.values));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const call = useSafeAction();
  const hasStoredKey = Object.keys(data.secretHints).length > 0;
  const live = useLiveCheck(data.providerId, sources, hasStoredKey);

  function change(name: string, value: unknown, validate: boolean) {
    const next = { ...values, [name]: value };
    setValues(next);
    if (validate) live.schedule(submittedValues(fields, next));
  }

  function save(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await call(saveIntegration, { provider: data.providerId, values: submittedValues(fields, values) });
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        toast.error(result.error);
        return;
      }
      setFieldErrors({});
      const { status, error } = result.data;
      const message = t(`savedStatus.${status}`, { provider: data.providerName, error: error ?? "" });
      if (status === "active") toast.success(message);
      else toast.warning(message);
      setValues((v) => Object.fromEntries(Object.entries(v).map(([k, val]) => [k, fields.find((f) => f.name === k)?.secret ? "" : val])));
      router.refresh();
    });
  }

  const visible = fields.filter((f) => f.name !== "baseUrl" || data.allowBaseUrl);
  return (
    <form onSubmit={save} className="grid max-w-xl gap-5" data-testid="settings-form">
      <fieldset disabled={!canEdit || pending} className="grid gap-5">
        {visible.map((f) => {
          const id = `field-${f.name}`;
          const error = fieldErrors[f.name]?.[0];
          return (
            <Field
              key={f.name}
              id={id}
              label={providerText(tp, data.providerId, `fields.${f.name}.title`, f.title ?? f.name)}
              error={error}
              hint={providerText(tp, data.providerId, `fields.${f.name}.description`, f.description)}
            >
              <FieldControl
                id={id}
                field={f}
                value={values[f.name]}
                onChange={(v) => change(f.name, v, Boolean(f.validateLive))}
                onBlur={() => f.validateLive && values[f.name] && live.runNow(submittedValues(fields, values))}
                storedHint={data.secretHints[f.name]}
                hasStored={f.name in data.secretHints}
                options={f.discovery ? (live.options[f.discovery] ?? []) : []}
                webhookUrl={data.webhookUrl}
                invalid={Boolean(error)}
              />
              {f.validateLive && <LiveStatus check={live.check} provider={data.providerName} />}
            </Field>
          );
        })}
        <div>
          <Button type="submit">{pending ? <Loader2 className="animate-spin" aria-hidden /> : null}{t("save")}</Button>
        </div>
      </fieldset>
    </form>
  );
}

function LiveStatus({ check, provider }: { check: LiveCheck; provider: string }) {
  const t = useTranslations("integrations.form");
  if (check.state === "idle") return null;
  return (
    <p role="status" aria-live="polite" className="flex items-center gap-2 text-sm" data-testid="live-check">
      {check.state === "checking" && (
        <>
          <Loader2 className="size-4 animate-spin" aria-hidden /> {t("checking", { provider })}
        </>
      )}
      {check.state === "ok" && (
        <span className="flex items-center gap-2 text-emerald-700 dark:text-emerald-400">
          <CheckCircle2 className="size-4" aria-hidden /> {t("connectedAs", { account: check.account ?? "none" })}
        </span>
      )}
      {check.state === "error" && (
        <span className="text-destructive flex items-center gap-2">
          <XCircle className="size-4" aria-hidden /> {check.message}
        </span>
      )}
    </p>
  );
}
