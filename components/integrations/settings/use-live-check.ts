"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useSafeAction } from "@/components/forms/use-safe-action";
import { discoverOptions } from "@/lib/integrations/actions/discover-options";
import { testDraft } from "@/lib/integrations/actions/test-draft";
import type { DiscoveryOption } from "@/lib/providers/types";

export type LiveCheck = { state: "idle" } | { state: "checking" } | { state: "ok"; account: string | null } | { state: "error"; message: string };

const DEBOUNCE_MS = 700;

/**
 * Tests the typed credentials against the provider once the user pauses typing, and loads the
 * discovery selects when they work. Answers that arrive after a newer check are dropped.
 */
export function useLiveCheck(provider: string, sources: string[], hasStoredKey: boolean) {
  const [check, setCheck] = useState<LiveCheck>({ state: "idle" });
  const [options, setOptions] = useState<Record<string, DiscoveryOption[]>>({});
  const generation = useRef(0);
  const call = useSafeAction();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const loadOptions = useCallback(
    async (values: Record<string, unknown>, gen: number) => {
      for (const source of sources) {
        const result = await call(discoverOptions, { provider, source, values });
        if (gen !== generation.current) return;
        if (result.ok && result.data.ok) {
          const found = result.data.options;
          setOptions((prev) => ({ ...prev, [source]: found }));
        }
      }
    },
    [provider, sources, call],
  );

  const run = useCallback(
    async (values: Record<string, unknown>) => {
      const gen = ++generation.current;
      setCheck({ state: "checking" });
      const result = await call(testDraft, { provider, values });
      if (gen !== generation.current) return;
      if (!result.ok) return setCheck({ state: "error", message: result.error });
      if (!result.data.ok) return setCheck({ state: "error", message: result.data.error });
      const account = result.data.account;
      setCheck({ state: "ok", account: account.name ?? account.email ?? null });
      await loadOptions(values, gen);
    },
    [provider, loadOptions, call],
  );

  const schedule = useCallback(
    (values: Record<string, unknown>) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(values), DEBOUNCE_MS);
    },
    [run],
  );

  // With a stored key, fill the selects at once; the key itself never reaches the browser.
  useEffect(() => {
    if (hasStoredKey) void loadOptions({}, generation.current);
    return () => clearTimeout(timer.current);
  }, [hasStoredKey, loadOptions]);

  return { check, options, schedule, runNow: run };
}
