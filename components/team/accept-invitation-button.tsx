"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { acceptInvitation } from "@/lib/team/actions/accept-invitation";

export function AcceptInvitationButton({ token, label }: { token: string; label: string }) {
  const t = useTranslations("team.accept");
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      {problem && (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{t(`problem.${problem}`)}</AlertDescription>
        </Alert>
      )}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            // On success the action redirects into the workspace; it only returns on a problem.
            try {
              const result = await acceptInvitation(token);
              setProblem(result.problem);
            } catch {
              setProblem("network");
            }
          })
        }
      >
        {label}
      </Button>
    </>
  );
}
