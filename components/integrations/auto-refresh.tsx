"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-renders the page's server components on an interval without a reload: every 30 s normally,
 * every 2 s while something (a sync) is in progress.
 */
export function AutoRefresh({ busy }: { busy: boolean }) {
  const router = useRouter();
  useEffect(() => {
    const id = setInterval(() => router.refresh(), busy ? 2_000 : 30_000);
    return () => clearInterval(id);
  }, [busy, router]);
  return null;
}
