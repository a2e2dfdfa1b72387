import "server-only";
import { getTranslations } from "next-intl/server";
import enErrors from "@/messages/en/errors.json";
import { ActionError } from "./result";

export type ActionErrorKey = keyof typeof enErrors.action;

/** An ActionError in the user's language, from messages/<locale>/errors.json `action.<key>`. */
export async function translatedError(
  key: ActionErrorKey,
  values?: Record<string, string>,
  fieldErrors?: Record<string, ActionErrorKey>,
): Promise<ActionError> {
  const t = await getTranslations("errors.action");
  const fields = fieldErrors && Object.fromEntries(Object.entries(fieldErrors).map(([field, k]) => [field, [t(k)]]));
  return new ActionError(t(key, values), fields);
}
