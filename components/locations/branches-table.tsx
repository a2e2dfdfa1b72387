"use client";

import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { deleteBranch } from "@/lib/locations/actions/delete-branch";
import { updateBranch } from "@/lib/locations/actions/update-branch";
import { BranchFields } from "./branch-fields";
import { EmptyState } from "./empty-state";
import { RowActions } from "./row-actions";
import { EditLocationForm } from "./edit-location-form";
import { useInlineEdit } from "./use-inline-edit";

export type BranchRowData = { id: string; name: string; address: string | null; staffCount: number };

const COLUMNS = 4;

export function BranchesTable({ branches, canEdit }: { branches: BranchRowData[]; canEdit: boolean }) {
  const t = useTranslations("locations.branches");
  const locations = useTranslations("locations");
  if (branches.length === 0) {
    return <EmptyState title={t("emptyTitle")} body={canEdit ? t("emptyBody") : t("emptyBodyReadOnly")} />;
  }
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("name")}</TableHead>
          <TableHead className="hidden md:table-cell">{t("address")}</TableHead>
          <TableHead className="hidden text-right sm:table-cell">{t("staff")}</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">{locations("actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {branches.map((branch) => (
          <BranchRow key={branch.id} branch={branch} canEdit={canEdit} />
        ))}
      </TableBody>
    </Table>
  );
}

function BranchRow({ branch, canEdit }: { branch: BranchRowData; canEdit: boolean }) {
  const t = useTranslations("locations.branches");
  const edit = useInlineEdit();
  const removal = useAction(deleteBranch, { success: t("deleted") });

  if (edit.editing) {
    return (
      <TableRow>
        <TableCell colSpan={COLUMNS} className="whitespace-normal">
          <EditBranchForm branch={branch} onDone={edit.stop} />
        </TableCell>
      </TableRow>
    );
  }
  return (
    <TableRow data-testid={`branch-${branch.name}`}>
      <TableCell className="font-medium whitespace-normal wrap-anywhere">
        {branch.name}
        {/* Phones have no address column: the address goes under the name. */}
        {branch.address && <span className="text-muted-foreground block text-xs font-normal md:hidden">{branch.address}</span>}
      </TableCell>
      <TableCell className="hidden whitespace-normal wrap-anywhere md:table-cell">{branch.address}</TableCell>
      <TableCell className="hidden text-right tabular-nums sm:table-cell">{branch.staffCount}</TableCell>
      <TableCell>
        <RowActions
          name={branch.name}
          canEdit={canEdit}
          pending={removal.pending}
          editButton={edit.editButton}
          onEdit={edit.start}
          deleteTitle={t("deleteTitle", { name: branch.name })}
          deleteBody={t("deleteBody", { staff: branch.staffCount })}
          onDelete={() => removal.run({ id: branch.id })}
        />
      </TableCell>
    </TableRow>
  );
}

function EditBranchForm({ branch, onDone }: { branch: BranchRowData; onDone: () => void }) {
  const t = useTranslations("locations.branches");
  return (
    <EditLocationForm
      id={branch.id}
      name={branch.name}
      action={updateBranch}
      successText={t("updated")}
      columns="sm:grid-cols-2"
      fields={(error) => <BranchFields idPrefix={`branch-${branch.id}`} defaults={branch} error={error} autoFocus />}
      onDone={onDone}
    />
  );
}
