"use client";

import { Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Field } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { Role } from "@/db/schema";
import { inviteMember } from "@/lib/team/actions/invite-member";

export function InviteForm({ roles }: { roles: Role[] }) {
  const t = useTranslations("team.invite");
  const roleNames = useTranslations("shell.role");
  const { run, pending, fieldError } = useAction(inviteMember);
  const [created, setCreated] = useState<{ link: string; email: string } | null>(null);

  async function copy(link: string) {
    await navigator.clipboard.writeText(link);
    toast.success(t("copyLink"));
  }

  return (
    <div className="grid gap-4">
      <form
        className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          run(new FormData(form), (data) => {
            setCreated(data);
            form.reset();
          });
        }}
      >
        <Field id="invite-email" label={t("email")} error={fieldError("email")}>
          <Input id="invite-email" name="email" type="email" autoComplete="off" required aria-invalid={!!fieldError("email")} />
        </Field>
        <Field id="invite-role" label={t("role")} error={fieldError("role")}>
          <select id="invite-role" name="role" defaultValue="member" className="border-input bg-background h-9 rounded-md border px-3 text-sm">
            {roles.map((role) => (
              <option key={role} value={role}>
                {roleNames(role)}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
      {created && (
        <Alert>
          <AlertTitle>{t("linkReady", { email: created.email })}</AlertTitle>
          <AlertDescription className="grid gap-2">
            <p>{t("linkOnce")}</p>
            <div className="flex gap-2">
              <Input readOnly value={created.link} aria-label={t("linkReady", { email: created.email })} data-testid="invitation-link" />
              <Button type="button" variant="outline" onClick={() => copy(created.link)}>
                <Copy aria-hidden /> {t("copyLink")}
              </Button>
            </div>
          </AlertDescription>
        </Alert>
      )}
    </div>
  );
}
