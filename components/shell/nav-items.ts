import { Cable, HeartPulse, LayoutDashboard, ScrollText, Settings, Webhook } from "lucide-react";

export const NAV_ITEMS = [
  { href: "/", key: "overview", icon: LayoutDashboard },
  { href: "/integrations", key: "integrations", icon: Cable },
  { href: "/webhooks", key: "webhooks", icon: Webhook },
  { href: "/logs", key: "logs", icon: ScrollText },
  { href: "/health", key: "health", icon: HeartPulse },
  { href: "/settings", key: "settings", icon: Settings },
] as const;

export type NavKey = (typeof NAV_ITEMS)[number]["key"];
