import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { branches, staff } from "@/db/schema";

export type LocationKind = "branch" | "staff";
/** What a provider needs before it can be connected, e.g. Cal.com: one branch and one staff member. */
export type Prerequisite = { kind: LocationKind; min: number };
export type LocationCounts = { branches: number; staff: number };

/** Where a person fixes an unmet prerequisite. */
export const LOCATION_SETTINGS_PATH: Record<LocationKind, string> = {
  branch: "/settings/branches",
  staff: "/settings/staff",
};

export async function countLocations(db: Executor, tenantId: string): Promise<LocationCounts> {
  const [branchCount, staffCount] = await Promise.all([
    db.$count(branches, eq(branches.tenantId, tenantId)),
    db.$count(staff, eq(staff.tenantId, tenantId)),
  ]);
  return { branches: branchCount, staff: staffCount };
}

/** The prerequisites the counts do not meet, in the order given; empty when all are met. */
export function unmetPrerequisites(counts: LocationCounts, prerequisites: readonly Prerequisite[]): Prerequisite[] {
  return prerequisites.filter((p) => (p.kind === "branch" ? counts.branches : counts.staff) < p.min);
}
