"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { deleteStaff } from "@/lib/locations/actions/delete-staff";
import { updateStaff } from "@/lib/locations/actions/update-staff";
import { EmptyState } from "./empty-state";
import { RowActions } from "./row-actions";
import { StaffFields, type BranchOption } from "./staff-fields";
import { useErrorText } from "./use-error-text";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";
import { useInlineEdit } from "./use-inline-edit";

export type StaffRowData = { id: string; name: string; email: string | null; branchId: string | null; branchName: string | null };

const COLUMNS = 4;

export function StaffTable(props: { staff: StaffRowData[]; branches: BranchOption[]; canEdit: boolean }) {
  const t = useTranslations("locations.staff");
  const locations = useTranslations("locations");
  if (props.staff.length === 0) {
    return <EmptyState title={t("emptyTitle")} body={props.canEdit ? t("emptyBody") : t("emptyBodyReadOnly")} />;
  }
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("name")}</TableHead>
          <TableHead className="hidden md:table-cell">{t("email")}</TableHead>
          <TableHead>{t("branch")}</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">{locations("actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.staff.map((person) => (
          <StaffRow key={person.id} person={person} branches={props.branches} canEdit={props.canEdit} />
        ))}
      </TableBody>
    </Table>
  );
}

function StaffRow({ person, branches, canEdit }: { person: StaffRowData; branches: BranchOption[]; canEdit: boolean }) {
  const t = useTranslations("locations.staff");
  const edit = useInlineEdit();
  const removal = useAction(deleteStaff, { success: t("deleted") });

  if (edit.editing) {
    return (
      <TableRow>
        <TableCell colSpan={COLUMNS} className="whitespace-normal">
          <EditStaffForm person={person} branches={branches} onDone={edit.stop} />
        </TableCell>
      </TableRow>
    );
  }
  return (
    <TableRow data-testid={`staff-${person.name}`}>
      <TableCell className="font-medium whitespace-normal wrap-anywhere">
        {person.name}
        {/* Phones have no email column: the email goes under the name. */}
        {person.email && <span className="text-muted-foreground block text-xs font-normal md:hidden">{person.email}</span>}
      </TableCell>
      <TableCell className="hidden whitespace-normal wrap-anywhere md:table-cell">{person.email}</TableCell>
      <TableCell className="whitespace-normal wrap-anywhere">
        {person.branchName ?? <span className="text-muted-foreground">{t("noBranch")}</span>}
      </TableCell>
      <TableCell>
        <RowActions
          name={person.name}
          canEdit={canEdit}
          pending={removal.pending}
          editButton={edit.editButton}
          onEdit={edit.start}
          deleteTitle={t("deleteTitle", { name: person.name })}
          deleteBody={t("deleteBody", { name: person.name })}
          onDelete={() => removal.run({ id: person.id })}
        />
      </TableCell>
    </TableRow>
  );
}

/** Mounted only while editing, so a cancelled edit leaves no stale errors behind. */
function EditStaffForm(props: { person: StaffRowData; branches: BranchOption[]; onDone: () => void }) {
  const t = useTranslations("locations.staff");
  const locations = useTranslations("locations");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const { run, pending, result, fieldError } = useAction(updateStaff, { success: t("updated") });
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, result);

  return (
    <form
      ref={form}
      aria-label={locations("editing", { name: props.person.name })}
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
      <input type="hidden" name="id" value={props.person.id} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <StaffFields
          idPrefix={`staff-${props.person.id}`}
          branches={props.branches}
          defaults={props.person}
          error={(field) => errorText(fieldError(field))}
          autoFocus
        />
      </div>
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
