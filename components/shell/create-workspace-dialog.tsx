"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, type RefObject } from "react";
import { toast } from "sonner";
import { Field } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { describedBy } from "@/components/locations/use-error-text";
import { useFocusFirstInvalid } from "@/components/locations/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { createWorkspace } from "@/lib/tenancy/actions/create-workspace";

/**
 * Asks for a name and creates a workspace owned by the person, which then becomes the active one.
 * Controlled from outside because it opens from a dropdown item, which closes as the dialog opens;
 * `returnFocus` names where focus goes on close, since the item that opened it no longer exists.
 */
export function CreateWorkspaceDialog({
  open,
  onOpenChange,
  returnFocus,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const t = useTranslations("shell.createWorkspace");
  const common = useTranslations("common");
  const input = useRef<HTMLInputElement>(null);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        closeLabel={common("close")}
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          input.current?.focus();
        }}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocus.current?.focus();
        }}
      >
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        {/* Mounted only while open, so every opening starts with an empty field and no errors. */}
        <CreateWorkspaceForm input={input} onCreated={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}

function CreateWorkspaceForm({ input, onCreated }: { input: RefObject<HTMLInputElement | null>; onCreated: () => void }) {
  const t = useTranslations("shell.createWorkspace");
  const common = useTranslations("common");
  const router = useRouter();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, result, fieldError } = useAction(createWorkspace);
  useFocusFirstInvalid(form, result);
  const key = fieldError("name");
  const error = key && t.has(`errors.${key}`) ? t(`errors.${key}`) : key;

  return (
    <form
      ref={form}
      className="grid gap-4"
      // The server's message (translated, inline) is clearer than the browser's bubble.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const name = String(data.get("name") ?? "").trim();
        run(data, () => {
          onCreated();
          toast.success(t("created", { name }));
          router.refresh();
        });
      }}
    >
      <Field id={id} label={t("name")} error={error}>
        <Input
          ref={input}
          id={id}
          name="name"
          autoComplete="off"
          required
          maxLength={80}
          aria-invalid={!!error}
          aria-describedby={describedBy(id, error)}
        />
      </Field>
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {common("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
