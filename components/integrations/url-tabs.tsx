"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { Tabs } from "@/components/ui/tabs";

/** Tabs whose choice also lives in `?tab=`, so a reload, a link or paging inside a tab keeps it. */
export function UrlTabs({ value, children, className }: { value: string; children: React.ReactNode; className?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const [current, setCurrent] = useState(value);
  return (
    <Tabs
      value={current}
      className={className}
      onValueChange={(next) => {
        setCurrent(next);
        // Paging and filters belong to the tab they were set in, so they are dropped.
        router.replace(`${pathname}?${new URLSearchParams({ tab: next })}`, { scroll: false });
      }}
    >
      {children}
    </Tabs>
  );
}
