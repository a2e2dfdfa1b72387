"use client";

import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { Role } from "@/db/schema";
import { useSafeAction } from "@/components/forms/use-safe-action";
import { switchWorkspace } from "@/lib/tenancy/actions/switch-workspace";
import { CreateWorkspaceDialog } from "./create-workspace-dialog";

export type WorkspaceOption = { id: string; name: string; role: Role };

export function WorkspaceSwitcher({ workspaces, activeId }: { workspaces: WorkspaceOption[]; activeId: string }) {
  const t = useTranslations("shell");
  const [pending, startTransition] = useTransition();
  const call = useSafeAction();
  const active = workspaces.find((w) => w.id === activeId);
  const trigger = useRef<HTMLButtonElement>(null);
  const [creating, setCreating] = useState(false);
  // Set when "New workspace…" is chosen, so the closing menu leaves focus to the dialog.
  const openingDialog = useRef(false);

  function choose(id: string) {
    if (id === activeId) return;
    startTransition(async () => {
      const result = await call(switchWorkspace, { tenantId: id });
      if (!result.ok) toast.error(result.error);
    });
  }

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button ref={trigger} variant="outline" className="w-full justify-between" disabled={pending} aria-label={t("switchWorkspace")}>
            <span className="flex min-w-0 flex-1 flex-col items-start text-left">
              <span className="text-muted-foreground text-xs">{t("workspace")}</span>
              <span className="w-full truncate text-sm font-semibold" data-testid="active-workspace">
                {active?.name}
              </span>
            </span>
            <ChevronsUpDown className="size-4 opacity-60" aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent
          align="start"
          className="w-60"
          onCloseAutoFocus={(event) => {
            if (!openingDialog.current) return;
            openingDialog.current = false;
            event.preventDefault();
          }}
        >
          <DropdownMenuLabel>{t("yourWorkspaces")}</DropdownMenuLabel>
          {workspaces.map((w) => (
            <DropdownMenuItem key={w.id} onSelect={() => choose(w.id)}>
              <span className="flex-1 truncate">{w.name}</span>
              <span className="text-muted-foreground text-xs">{t(`role.${w.role}`)}</span>
              {w.id === activeId && <Check className="size-4" aria-label="active" />}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem
            onSelect={() => {
              openingDialog.current = true;
              setCreating(true);
            }}
          >
            <Plus aria-hidden />
            {t("newWorkspace")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <CreateWorkspaceDialog open={creating} onOpenChange={setCreating} returnFocus={trigger} />
    </>
  );
}
