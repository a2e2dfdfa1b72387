"use client";

import { useTranslations } from "next-intl";

/**
 * Field errors from the location actions are message keys under `locations.errors`; this turns
 * them into the reader's language. Any other text (a shared helper's own message) is shown as is.
 */
export function useErrorText() {
  const t = useTranslations("locations.errors");
  return (message: string | undefined) => (message && t.has(message) ? t(message) : message);
}

/** The ids a control's `aria-describedby` should name, matching what `Field` renders. */
export function describedBy(id: string, error: string | undefined, hint?: string) {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}
