"use client";

import { Pencil, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";
import { READ_ONLY_NOTICE_ID } from "./read-only-notice";

/**
 * Edit and Delete for one row. Each button's accessible name includes the row's name; on phones
 * only the icons show. Delete asks first. Disabled (not hidden) for roles that may not change
 * anything; the server checks again.
 */
export function RowActions({
  name,
  canEdit,
  pending,
  editButton,
  onEdit,
  deleteTitle,
  deleteBody,
  onDelete,
}: {
  name: string;
  canEdit: boolean;
  pending: boolean;
  editButton: Ref<HTMLButtonElement>;
  onEdit: () => void;
  deleteTitle: string;
  deleteBody: string;
  onDelete: () => void;
}) {
  const t = useTranslations("locations");
  const disabled = !canEdit || pending;
  const describedBy = canEdit ? undefined : READ_ONLY_NOTICE_ID;
  return (
    <div className="flex justify-end gap-2">
      <Button
        ref={editButton}
        type="button"
        size="sm"
        variant="outline"
        disabled={disabled}
        aria-label={t("editNamed", { name })}
        aria-describedby={describedBy}
        onClick={onEdit}
      >
        <Pencil aria-hidden />
        <span className="hidden sm:inline">{t("edit")}</span>
      </Button>
      <ConfirmDialog
        trigger={
          <Button
            type="button"
            size="sm"
            variant="outline"
            disabled={disabled}
            aria-label={t("deleteNamed", { name })}
            aria-describedby={describedBy}
          >
            <Trash2 aria-hidden />
            <span className="hidden sm:inline">{t("delete")}</span>
          </Button>
        }
        title={deleteTitle}
        body={deleteBody}
        confirmLabel={t("delete")}
        onConfirm={onDelete}
      />
    </div>
  );
}
