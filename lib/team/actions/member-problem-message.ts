import type { ActionErrorKey } from "@/lib/actions/translated-error";
import type { MemberChangeProblem } from "../members";

export const MEMBER_PROBLEM_KEYS: Record<MemberChangeProblem, ActionErrorKey> = {
  not_found: "memberNotFound",
  not_allowed: "memberNotAllowed",
  last_owner: "lastOwner",
};
