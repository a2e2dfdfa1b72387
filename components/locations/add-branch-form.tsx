"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { createBranch } from "@/lib/locations/actions/create-branch";
import { BranchFields } from "./branch-fields";
import { READ_ONLY_NOTICE_ID } from "./read-only-notice";
import { useErrorText } from "./use-error-text";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";

// Drawn for every role, disabled below admin; the server decides who may save.
export function AddBranchForm({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("locations.branches");
  const errorText = useErrorText();
  const { run, pending, result, fieldError } = useAction(createBranch, { success: t("created") });
  const form = useRef<HTMLFormElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(form, result);

  return (
    <form
      ref={form}
      onSubmit={(event) => {
        event.preventDefault();
        const element = event.currentTarget;
        run(new FormData(element), () => {
          // Ready for the next one: several branches are usually added in a row.
          element.reset();
          nameInput.current?.focus();
        });
      }}
    >
      <fieldset
        disabled={!canEdit}
        aria-describedby={canEdit ? undefined : READ_ONLY_NOTICE_ID}
        className="grid gap-4"
        data-testid="add-branch-fieldset"
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <BranchFields idPrefix="new-branch" error={(field) => errorText(fieldError(field))} nameRef={nameInput} />
        </div>
        <div>
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
