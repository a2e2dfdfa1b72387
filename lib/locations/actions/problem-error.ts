import "server-only";
import { getTranslations } from "next-intl/server";
import { ActionError } from "@/lib/actions/result";
import type { BranchProblem } from "../branches";
import type { StaffProblem } from "../staff";

type Problem = BranchProblem | StaffProblem;

// Each problem's message key under `locations.errors`, and the form field it belongs to (if any).
const PROBLEMS: Record<Problem, { key: string; field?: "name" | "email" | "branchId" }> = {
  name_taken: { key: "branchNameTaken", field: "name" },
  email_taken: { key: "staffEmailTaken", field: "email" },
  branch_not_found: { key: "branchNotFound", field: "branchId" },
  not_found: { key: "notFound" },
};

/**
 * The toast text is translated here; field errors stay message keys, like the zod ones, and
 * the form translates them.
 */
export async function problemError(problem: Problem): Promise<ActionError> {
  const t = await getTranslations("locations.errors");
  const { key, field } = PROBLEMS[problem];
  return new ActionError(t(key), field ? { [field]: [key] } : undefined);
}
