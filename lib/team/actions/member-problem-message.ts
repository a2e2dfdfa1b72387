import type { MemberChangeProblem } from "../members";

export const MEMBER_PROBLEM_MESSAGES: Record<MemberChangeProblem, string> = {
  not_found: "That person is not a member of this workspace.",
  not_allowed: "Your role does not allow this change.",
  last_owner: "A workspace needs at least one owner. Make someone else owner first.",
};
