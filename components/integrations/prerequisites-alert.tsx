import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { LOCATION_SETTINGS_PATH } from "@/lib/locations/prerequisites";
import type { Prerequisite } from "@/lib/providers/types";

export async function PrerequisitesAlert({ unmet, providerName }: { unmet: Prerequisite[]; providerName: string }) {
  if (unmet.length === 0) return null;
  const t = await getTranslations("integrations");
  return (
    <Alert className="mb-6" data-testid="prerequisites">
      <AlertTitle>{t("prerequisitesTitle", { name: providerName })}</AlertTitle>
      <AlertDescription>
        <ul className="list-disc pl-5">
          {unmet.map((p) => (
            <li key={p.kind}>
              {t(`prerequisite.${p.kind}`, { min: p.min })} —{" "}
              <Link className="underline underline-offset-4" href={LOCATION_SETTINGS_PATH[p.kind]}>
                {t("fix")}
              </Link>
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
