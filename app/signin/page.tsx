import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { signIn } from "@/lib/auth";
import { providerButtons } from "@/lib/auth/providers";
import { env } from "@/lib/env";
import { getSessionUser } from "@/lib/tenancy/context";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths may be a post-sign-in destination (no open redirects). */
function safeCallback(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export default async function SignInPage(props: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await props.searchParams;
  const destination = safeCallback(callbackUrl);
  if (await getSessionUser()) redirect(destination);
  const t = await getTranslations("auth");
  const providers = providerButtons(env());

  return (
    <main className="flex min-h-svh items-center justify-center p-4">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle>
            <h1>{t("title")}</h1>
          </CardTitle>
          <CardDescription>{destination.startsWith("/invite/") ? t("inviteHint") : t("subtitle")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-3">
          {error && (
            <Alert variant="destructive" role="alert">
              <AlertDescription>{t("error")}</AlertDescription>
            </Alert>
          )}
          {providers.length === 0 && <p className="text-muted-foreground text-sm">{t("noProviders")}</p>}
          {providers.map((p) => (
            <form
              key={p.id}
              action={async () => {
                "use server";
                await signIn(p.id, { redirectTo: destination });
              }}
            >
              <Button type="submit" className="w-full">
                {t("signInWith", { provider: p.name })}
              </Button>
            </form>
          ))}
        </CardContent>
      </Card>
    </main>
  );
}
