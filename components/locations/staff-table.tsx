"use client";

import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { deleteStaff } from "@/lib/locations/actions/delete-staff";
import { updateStaff } from "@/lib/locations/actions/update-staff";
import { EmptyState } from "./empty-state";
import { RowActions } from "./row-actions";
import { StaffFields, type BranchOption } from "./staff-fields";
import { EditLocationForm } from "./edit-location-form";
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

function EditStaffForm(props: { person: StaffRowData; branches: BranchOption[]; onDone: () => void }) {
  const t = useTranslations("locations.staff");
  return (
    <EditLocationForm
      id={props.person.id}
      name={props.person.name}
      action={updateStaff}
      successText={t("updated")}
      columns="sm:grid-cols-2 lg:grid-cols-3"
      fields={(error) => (
        <StaffFields idPrefix={`staff-${props.person.id}`} branches={props.branches} defaults={props.person} error={error} autoFocus />
      )}
      onDone={props.onDone}
    />
  );
}
