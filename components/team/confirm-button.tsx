"use client";

import { ConfirmDialog } from "@/components/forms/confirm-dialog";
import { Button } from "@/components/ui/button";

/** A destructive button that asks first. */
export function ConfirmButton(props: { label: string; title: string; body: string; disabled?: boolean; onConfirm: () => void }) {
  return (
    <ConfirmDialog
      trigger={
        <Button size="sm" variant="outline" disabled={props.disabled}>
          {props.label}
        </Button>
      }
      title={props.title}
      body={props.body}
      confirmLabel={props.label}
      onConfirm={props.onConfirm}
    />
  );
}
