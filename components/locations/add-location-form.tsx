"use client";

import { useRef, type ReactNode, type RefObject } from "react";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { READ_ONLY_NOTICE_ID } from "./read-only-notice";
import { useErrorText } from "./use-error-text";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";

/**
 * The "add" form of a location list (branches, staff). Drawn for every role, disabled below
 * admin; the server decides who may save. After a save it clears and returns to the name field,
 * because several entries are usually added in a row.
 */
export function AddLocationForm<R>(props: {
  action: (input: FormData) => Promise<ActionResult<R>>;
  successText: string;
  submitText: string;
  canEdit: boolean;
  testId: string;
  columns: string;
  fields: (field: { error: (name: string) => string | undefined; nameRef: RefObject<HTMLInputElement | null> }) => ReactNode;
  /** Shown between the fields and the submit button. */
  note?: ReactNode;
}) {
  const errorText = useErrorText();
  const { run, pending, result, fieldError } = useAction(props.action, { success: props.successText });
  const form = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, result);

  return (
    <form
      ref={form}
      onSubmit={(event) => {
        event.preventDefault();
        const element = event.currentTarget;
        run(new FormData(element), () => {
          element.reset();
          nameRef.current?.focus();
        });
      }}
    >
      <fieldset
        disabled={!props.canEdit}
        aria-describedby={props.canEdit ? undefined : READ_ONLY_NOTICE_ID}
        className="grid gap-4"
        data-testid={props.testId}
      >
        <div className={`grid gap-4 ${props.columns}`}>{props.fields({ error: (name) => errorText(fieldError(name)), nameRef })}</div>
        {props.note}
        <div>
          <Button type="submit" disabled={pending}>
            {props.submitText}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
