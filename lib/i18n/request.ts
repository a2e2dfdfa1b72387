import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { peekTenantContext } from "@/lib/tenancy/context";
import { LOCALE_COOKIE, MESSAGE_AREAS, isLocale, localeFromAcceptLanguage, type Locale } from "./config";

async function loadMessages(locale: Locale) {
  const parts = await Promise.all(
    MESSAGE_AREAS.map(async (area) => [area, (await import(`../../messages/${locale}/${area}.json`)).default]),
  );
  return Object.fromEntries(parts);
}

// The language is the user's choice (cookie) or the browser's; the time zone is the workspace's.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage((await headers()).get("accept-language"));
  const ctx = await peekTenantContext().catch(() => null);
  return { locale, messages: await loadMessages(locale), timeZone: ctx?.tenant.timeZone ?? "UTC" };
});
