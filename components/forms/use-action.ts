"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/result";
import { useSafeAction } from "./use-safe-action";

/**
 * Runs a server action from a client component and keeps its last answer, so forms can show
 * field errors inline and a toast for the rest.
 */
export function useAction<I, R>(action: (input: I) => Promise<ActionResult<R>>, options?: { success?: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<R> | null>(null);
  const call = useSafeAction();

  function run(input: I, onSuccess?: (data: R) => void) {
    startTransition(async () => {
      const answer = await call(action, input);
      setResult(answer);
      if (answer.ok) {
        if (options?.success) toast.success(options.success);
        onSuccess?.(answer.data);
      } else {
        toast.error(answer.error);
      }
    });
  }

  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return { run, pending, result, fieldError: (name: string) => fieldErrors[name]?.[0] };
}
