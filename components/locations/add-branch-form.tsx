"use client";

import { useTranslations } from "next-intl";
import { createBranch } from "@/lib/locations/actions/create-branch";
import { AddLocationForm } from "./add-location-form";
import { BranchFields } from "./branch-fields";

export function AddBranchForm({ canEdit }: { canEdit: boolean }) {
  const t = useTranslations("locations.branches");
  return (
    <AddLocationForm
      action={createBranch}
      successText={t("created")}
      submitText={t("submit")}
      canEdit={canEdit}
      testId="add-branch-fieldset"
      columns="sm:grid-cols-2"
      fields={({ error, nameRef }) => <BranchFields idPrefix="new-branch" error={error} nameRef={nameRef} />}
    />
  );
}
