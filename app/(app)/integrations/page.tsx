import { getTranslations } from "next-intl/server";
import { NotBuiltYet } from "@/components/shell/not-built-yet";

export default async function Page() {
  const t = await getTranslations("shell.nav");
  return <NotBuiltYet title={t("integrations")} />;
}
