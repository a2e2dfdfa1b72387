import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { Role } from "@/db/schema";
import { getTenantContext, type TenantContext } from "@/lib/tenancy/context";
import { hasRole } from "@/lib/tenancy/roles";
import { ActionError, type ActionResult } from "./result";

export type { ActionResult } from "./result";

/**
 * The one way to write a server action. Every `"use server"` export is a public endpoint, so
 * this re-checks the session, resolves the workspace on the server, checks the role, and
 * validates input with zod before `run` sees it. It always answers with `ActionResult`.
 */
export function tenantAction<S extends z.ZodType, R>(
  options: { schema: S; role: Role },
  run: (input: z.output<S>, ctx: TenantContext) => Promise<R>,
): (input: z.input<S> | FormData) => Promise<ActionResult<R>> {
  return async (raw) => {
    const t = await getTranslations("errors.action");
    const ctx = await getTenantContext();
    if (!ctx) return { ok: false, error: t("notSignedIn") };
    if (!hasRole(ctx.role, options.role)) {
      const roleName = (await getTranslations("shell.role"))(options.role);
      return { ok: false, error: t("forbidden", { role: roleName }) };
    }
    const parsed = options.schema.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw);
    if (!parsed.success) {
      return {
        ok: false,
        error: t("invalidInput"),
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
      };
    }
    try {
      return { ok: true, data: await run(parsed.data, ctx) };
    } catch (error) {
      if (error instanceof ActionError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
      // Our own errors never carry secrets in their messages; the user gets a generic answer
      // because an unexpected error's text (SQL, stack) is not for them.
      console.error("server action failed:", error instanceof Error ? `${error.name}: ${error.message}` : error);
      return { ok: false, error: t("unexpected") };
    }
  };
}

function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}
