"use client";

import { useEffect, type RefObject } from "react";
import type { ActionResult } from "@/lib/actions/result";

/** After a refused submit, moves focus to the first field marked invalid, so the error is read next. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, result: ActionResult<unknown> | null) {
  useEffect(() => {
    if (result && !result.ok) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, result]);
}
