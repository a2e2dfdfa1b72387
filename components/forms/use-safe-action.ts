"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Calls a server action so that a lost connection becomes an ordinary error result instead of
 * an exception that would replace the page with the error screen.
 */
export function useSafeAction() {
  const t = useTranslations("common");
  return useCallback(
    async <I, R>(action: (input: I) => Promise<ActionResult<R>>, input: I): Promise<ActionResult<R>> => {
      try {
        return await action(input);
      } catch {
        return { ok: false, error: t("networkError") };
      }
    },
    [t],
  );
}
