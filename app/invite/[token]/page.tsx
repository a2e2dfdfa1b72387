import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationButton } from "@/components/team/accept-invitation-button";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getDb } from "@/db";
import { signOut } from "@/lib/auth";
import { findInvitationByToken, invitationProblem } from "@/lib/team/invitations";
import { getSessionUser } from "@/lib/tenancy/context";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage(props: { params: Promise<{ token: string }> }) {
  const { token } = await props.params;
  const path = `/invite/${encodeURIComponent(token)}`;
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);

  const t = await getTranslations("team.accept");
  const roleNames = await getTranslations("shell.role");
  const found = await findInvitationByToken(await getDb(), token);
  const problem = invitationProblem(found?.invitation, user.email);

  return (
    <main className="flex min-h-svh items-center justify-center p-4">
      <Card className="w-full max-w-md">
        <CardHeader>
          <CardTitle>
            <h1>{t("title", { workspace: found?.tenantName ?? "Integration Hub" })}</h1>
          </CardTitle>
          {found && !problem && (
            <CardDescription>
              {found.inviterName
                ? t("body", { inviter: found.inviterName, workspace: found.tenantName, role: roleNames(found.invitation.role) })
                : t("bodyNoInviter", { workspace: found.tenantName, role: roleNames(found.invitation.role) })}
            </CardDescription>
          )}
        </CardHeader>
        <CardContent className="grid gap-4">
          <p className="text-muted-foreground text-sm">{t("signedInAs", { email: user.email ?? "" })}</p>
          {problem ? (
            <>
              <Alert variant="destructive" role="alert">
                <AlertDescription>{t(`problem.${problem}`)}</AlertDescription>
              </Alert>
              {problem === "wrong_email" ? (
                <form
                  action={async () => {
                    "use server";
                    await signOut({ redirectTo: `/signin?callbackUrl=${encodeURIComponent(path)}` });
                  }}
                >
                  <Button type="submit" variant="outline">
                    {t("signInOther")}
                  </Button>
                </form>
              ) : (
                <Button asChild variant="outline">
                  <Link href="/">Integration Hub</Link>
                </Button>
              )}
            </>
          ) : (
            <AcceptInvitationButton token={token} label={t("accept")} />
          )}
        </CardContent>
      </Card>
    </main>
  );
}
