"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { Field } from "@/components/forms/field";
import { Input } from "@/components/ui/input";
import { EMAIL_MAX, NAME_MAX } from "@/lib/locations/limits";
import { SELECT_CLASS } from "./select-class";
import { describedBy } from "./use-error-text";

export type BranchOption = { id: string; name: string };
export type StaffFieldValues = { name: string; email: string | null; branchId: string | null };

/** Name, email and branch, shared by the add form and the inline edit. `error` answers with translated text. */
export function StaffFields({
  idPrefix,
  branches,
  defaults,
  error,
  nameRef,
  autoFocus,
}: {
  idPrefix: string;
  branches: BranchOption[];
  defaults?: StaffFieldValues;
  error: (field: "name" | "email" | "branchId") => string | undefined;
  nameRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}) {
  const t = useTranslations("locations.staff");
  const nameId = `${idPrefix}-name`;
  const emailId = `${idPrefix}-email`;
  const branchSelectId = `${idPrefix}-branch`;
  const nameError = error("name");
  const emailError = error("email");
  const branchError = error("branchId");
  return (
    <>
      <Field id={nameId} label={t("name")} error={nameError}>
        <Input
          id={nameId}
          name="name"
          ref={nameRef}
          defaultValue={defaults?.name}
          required
          maxLength={NAME_MAX}
          autoComplete="off"
          // Only mounted in answer to the person's own click on Edit, so moving focus is expected.
          autoFocus={autoFocus}
          aria-invalid={!!nameError}
          aria-describedby={describedBy(nameId, nameError)}
        />
      </Field>
      <Field id={emailId} label={t("email")} error={emailError} hint={t("emailHint")}>
        <Input
          id={emailId}
          name="email"
          type="email"
          defaultValue={defaults?.email ?? ""}
          maxLength={EMAIL_MAX}
          autoComplete="off"
          aria-invalid={!!emailError}
          aria-describedby={describedBy(emailId, emailError, t("emailHint"))}
        />
      </Field>
      <Field id={branchSelectId} label={t("branch")} error={branchError}>
        <select
          id={branchSelectId}
          name="branchId"
          defaultValue={defaults?.branchId ?? ""}
          className={SELECT_CLASS}
          aria-invalid={!!branchError}
          aria-describedby={describedBy(branchSelectId, branchError)}
        >
          <option value="">{t("noBranch")}</option>
          {branches.map((branch) => (
            <option key={branch.id} value={branch.id}>
              {branch.name}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
