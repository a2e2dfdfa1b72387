"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { updateWorkspace } from "@/lib/tenancy/actions/update-workspace";

// The form is drawn for every role (read-only below owner); the server decides who may save.
export function WorkspaceForm(props: { name: string; timeZone: string; timeZones: string[]; canEdit: boolean }) {
  const t = useTranslations("settings.general");
  const common = useTranslations("common");
  const { run, pending, fieldError } = useAction(updateWorkspace, { success: t("saved") });
  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        run(new FormData(event.currentTarget));
      }}
    >
      <fieldset disabled={!props.canEdit || pending} className="grid gap-4" data-testid="workspace-fieldset">
        <Field id="workspace-name" label={t("name")} error={fieldError("name")}>
          <Input id="workspace-name" name="name" defaultValue={props.name} required aria-invalid={!!fieldError("name")} />
        </Field>
        <Field id="workspace-tz" label={t("timeZone")} error={fieldError("timeZone")}>
          <select
            id="workspace-tz"
            name="timeZone"
            defaultValue={props.timeZone}
            className="border-input bg-background h-9 rounded-md border px-3 text-sm"
          >
            {props.timeZones.map((tz) => (
              <option key={tz}>{tz}</option>
            ))}
          </select>
        </Field>
        <div className="flex items-center gap-3">
          <Button type="submit">{common("save")}</Button>
          {!props.canEdit && <p className="text-muted-foreground text-sm">{t("ownerOnly")}</p>}
        </div>
      </fieldset>
    </form>
  );
}
