"use client";

import { useTranslations } from "next-intl";
import { useRef, type ReactNode } from "react";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { useErrorText } from "./use-error-text";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";

/**
 * Inline edit of one row of a location list. Mounted only while editing, so a cancelled edit
 * leaves no stale errors behind; Escape cancels.
 */
export function EditLocationForm<R>(props: {
  id: string;
  name: string;
  action: (input: FormData) => Promise<ActionResult<R>>;
  successText: string;
  columns: string;
  fields: (error: (field: string) => string | undefined) => ReactNode;
  onDone: () => void;
}) {
  const locations = useTranslations("locations");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const { run, pending, result, fieldError } = useAction(props.action, { success: props.successText });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, result);

  return (
    <form
      ref={form}
      aria-label={locations("editing", { name: props.name })}
      className="grid gap-4 py-2"
      onSubmit={(event) => {
        event.preventDefault();
        run(new FormData(event.currentTarget), props.onDone);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          props.onDone();
        }
      }}
    >
      <input type="hidden" name="id" value={props.id} />
      <div className={`grid gap-4 ${props.columns}`}>{props.fields((field) => errorText(fieldError(field)))}</div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {common("save")}
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={props.onDone}>
          {common("cancel")}
        </Button>
        <p className="text-muted-foreground text-xs">{locations("escapeHint")}</p>
      </div>
    </form>
  );
}
