import { getTranslations } from "next-intl/server";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/shell/page-header";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("shell.nav");
  return (
    <>
      <PageHeader title={t("settings")} />
      <SettingsNav />
      {children}
    </>
  );
}
