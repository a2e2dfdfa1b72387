"use client";

import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Switch } from "@/components/ui/switch";
import { SYNC_INTERVALS } from "@/lib/providers/common-settings";
import type { DiscoveryOption } from "@/lib/providers/types";
import { CopyField } from "./copy-field";
import type { SchemaField } from "./schema-fields";
import { SearchableSelect } from "./searchable-select";
import { SecretInput } from "./secret-input";

type Props = {
  id: string;
  field: SchemaField;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  storedHint: string | null | undefined;
  hasStored: boolean;
  options: DiscoveryOption[];
  webhookUrl: string | null;
  invalid: boolean;
};

/** The input a schema field asks for, chosen by its metadata. */
export function FieldControl({ id, field, value, onChange, onBlur, storedHint, hasStored, options, webhookUrl, invalid }: Props) {
  const t = useTranslations("integrations.form");
  const describedBy = invalid ? `${id}-error` : field.description ? `${id}-hint` : undefined;
  if (field.readOnly) {
    return webhookUrl ? <CopyField id={id} value={webhookUrl} /> : <p className="text-muted-foreground text-sm">{t("webhookAfterSave")}</p>;
  }
  if (field.secret) {
    return (
      <>
        <SecretInput id={id} name={field.name} value={String(value ?? "")} onChange={onChange} onBlur={onBlur} storedHint={storedHint} hasStored={hasStored} invalid={invalid} describedBy={describedBy} />
        {hasStored && <p className="text-muted-foreground text-xs">{storedHint ? t("storedSecret", { hint: `•••• ${storedHint}` }) : t("storedSecretNoHint")}</p>}
      </>
    );
  }
  if (field.kind === "boolean") {
    return <Switch id={id} checked={Boolean(value)} onCheckedChange={onChange} aria-describedby={describedBy} />;
  }
  if (field.kind === "interval") {
    return (
      <select id={id} value={String(value)} onChange={(e) => onChange(Number(e.target.value))} className="border-input bg-background h-9 rounded-md border px-3 text-sm" aria-describedby={describedBy}>
        {SYNC_INTERVALS.map((m) => (
          <option key={m} value={m}>
            {t(`interval.${m}`)}
          </option>
        ))}
      </select>
    );
  }
  if (field.discovery) {
    return <SearchableSelect id={id} value={String(value ?? "")} options={options} onChange={onChange} emptyText={options.length ? t("noOptions") : t("optionsNeedKey")} describedBy={describedBy} />;
  }
  return <Input id={id} name={field.name} value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} aria-invalid={invalid} aria-describedby={describedBy} />;
}
