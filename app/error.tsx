"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Shown instead of any page that throws: never the error's text or stack, only its digest.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="flex min-h-svh flex-col items-center justify-center gap-4 p-6 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="text-muted-foreground max-w-md">{t("errorBody")}</p>
      {error.digest && <p className="text-muted-foreground font-mono text-xs">{t("reference", { digest: error.digest })}</p>}
      <Button onClick={reset}>{t("tryAgain")}</Button>
    </main>
  );
}
