"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

const SECTIONS = [
  { href: "/settings", key: "general" },
  { href: "/settings/team", key: "team" },
  { href: "/settings/branches", key: "branches" },
  { href: "/settings/staff", key: "staff" },
] as const;

export function SettingsNav() {
  const pathname = usePathname();
  const t = useTranslations("settings");
  return (
    <nav aria-label={t("sectionsLabel")} className="mb-6 flex gap-1 overflow-x-auto border-b">
      {SECTIONS.map(({ href, key }) => {
        const active = pathname === href;
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "text-muted-foreground hover:text-foreground focus-visible:ring-ring/50 -mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap outline-none focus-visible:ring-[3px]",
              active && "border-primary text-foreground",
            )}
          >
            {t(`tabs.${key}`)}
          </Link>
        );
      })}
    </nav>
  );
}
