"use client";

import { Menu } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { SidebarNav } from "./sidebar-nav";

export function MobileNav({ switcher }: { switcher: React.ReactNode }) {
  const t = useTranslations("shell");
  const common = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden">
          <Menu aria-hidden />
          <span className="sr-only">{t("openNavigation")}</span>
        </Button>
      </SheetTrigger>
      <SheetContent side="left" className="w-72 gap-4 p-4" closeLabel={common("close")}>
        <SheetHeader className="p-0">
          <SheetTitle>{t("mainNavigation")}</SheetTitle>
        </SheetHeader>
        {switcher}
        <SidebarNav onNavigate={() => setOpen(false)} />
      </SheetContent>
    </Sheet>
  );
}
