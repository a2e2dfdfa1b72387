"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { createStaff } from "@/lib/locations/actions/create-staff";
import { READ_ONLY_NOTICE_ID } from "./read-only-notice";
import { StaffFields, type BranchOption } from "./staff-fields";
import { useErrorText } from "./use-error-text";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";

// Drawn for every role, disabled below admin; the server decides who may save.
export function AddStaffForm({ branches, canEdit }: { branches: BranchOption[]; canEdit: boolean }) {
  const t = useTranslations("locations.staff");
  const errorText = useErrorText();
  const { run, pending, result, fieldError } = useAction(createStaff, { success: t("created") });
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
          // Ready for the next one: several people are usually added in a row.
          element.reset();
          nameInput.current?.focus();
        });
      }}
    >
      <fieldset
        disabled={!canEdit}
        aria-describedby={canEdit ? undefined : READ_ONLY_NOTICE_ID}
        className="grid gap-4"
        data-testid="add-staff-fieldset"
      >
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <StaffFields
            idPrefix="new-staff"
            branches={branches}
            error={(field) => errorText(fieldError(field))}
            nameRef={nameInput}
          />
        </div>
        {branches.length === 0 && (
          <p className="text-muted-foreground text-sm">
            {t.rich("noBranchesYet", {
              link: (chunks) => (
                <Link href="/settings/branches" className="text-foreground underline underline-offset-4">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}
        <div>
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
