import { Construction } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "./page-header";

/** What a planned page shows until it exists: said plainly, nothing faked. */
export async function NotBuiltYet({ title }: { title: string }) {
  const t = await getTranslations("common");
  return (
    <>
      <PageHeader title={title} />
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Construction className="size-5" aria-hidden /> {t("notBuiltYet")}
          </CardTitle>
          <CardDescription>{t("notBuiltYetDetail", { page: title })}</CardDescription>
        </CardHeader>
      </Card>
    </>
  );
}
