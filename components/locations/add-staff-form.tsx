"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createStaff } from "@/lib/locations/actions/create-staff";
import { AddLocationForm } from "./add-location-form";
import { StaffFields, type BranchOption } from "./staff-fields";

export function AddStaffForm({ branches, canEdit }: { branches: BranchOption[]; canEdit: boolean }) {
  const t = useTranslations("locations.staff");
  return (
    <AddLocationForm
      action={createStaff}
      successText={t("created")}
      submitText={t("submit")}
      canEdit={canEdit}
      testId="add-staff-fieldset"
      columns="sm:grid-cols-2 lg:grid-cols-3"
      fields={({ error, nameRef }) => <StaffFields idPrefix="new-staff" branches={branches} error={error} nameRef={nameRef} />}
      note={
        branches.length === 0 && (
          <p className="text-muted-foreground text-sm">
            {t.rich("noBranchesYet", {
              link: (chunks) => (
                <Link href="/settings/branches" className="text-foreground underline underline-offset-4">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )
      }
    />
  );
}
