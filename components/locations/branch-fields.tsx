"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { Field } from "@/components/forms/field";
import { Input } from "@/components/ui/input";
import { ADDRESS_MAX, NAME_MAX } from "@/lib/locations/limits";
import { describedBy } from "./use-error-text";

export type BranchFieldValues = { name: string; address: string | null };

/** Name and address, shared by the add form and the inline edit. `error` answers with translated text. */
export function BranchFields({
  idPrefix,
  defaults,
  error,
  nameRef,
  autoFocus,
}: {
  idPrefix: string;
  defaults?: BranchFieldValues;
  error: (field: "name" | "address") => string | undefined;
  nameRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}) {
  const t = useTranslations("locations.branches");
  const nameId = `${idPrefix}-name`;
  const addressId = `${idPrefix}-address`;
  const nameError = error("name");
  const addressError = error("address");
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
      <Field id={addressId} label={t("address")} error={addressError} hint={t("addressHint")}>
        <Input
          id={addressId}
          name="address"
          defaultValue={defaults?.address ?? ""}
          maxLength={ADDRESS_MAX}
          autoComplete="off"
          aria-invalid={!!addressError}
          aria-describedby={describedBy(addressId, addressError, t("addressHint"))}
        />
      </Field>
    </>
  );
}
