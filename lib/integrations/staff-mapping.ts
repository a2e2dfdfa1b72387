import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { staff, syncedRecords } from "@/db/schema";

/**
 * Matches the integration's provider users to staff by email (case-insensitive). Only users not
 * mapped yet, and not set by hand (even to "none"), are touched.
 */
export async function autoMatchStaff(db: Executor, tenantId: string, integrationId: string): Promise<number> {
  const matched = await db
    .update(syncedRecords)
    .set({ mappedLocalId: sql`(select ${staff.id} from ${staff} where ${staff.tenantId} = ${tenantId} and lower(${staff.email}) = lower(${syncedRecords.data} ->> 'email') limit 1)` })
    .where(
      and(
        eq(syncedRecords.tenantId, tenantId),
        eq(syncedRecords.integrationId, integrationId),
        eq(syncedRecords.kind, "users"),
        isNull(syncedRecords.mappedLocalId),
        eq(syncedRecords.mappedByHand, false),
        sql`exists (select 1 from ${staff} where ${staff.tenantId} = ${tenantId} and lower(${staff.email}) = lower(${syncedRecords.data} ->> 'email'))`,
      ),
    )
    .returning({ id: syncedRecords.id });
  return matched.length;
}

/** Maps one provider user to a staff member (or to none); both must belong to the tenant. */
export async function setStaffMapping(db: Executor, tenantId: string, recordId: string, staffId: string | null): Promise<boolean> {
  if (staffId) {
    const [member] = await db.select({ id: staff.id }).from(staff).where(and(eq(staff.id, staffId), eq(staff.tenantId, tenantId)));
    if (!member) return false;
  }
  const updated = await db
    .update(syncedRecords)
    .set({ mappedLocalId: staffId, mappedByHand: true })
    .where(and(eq(syncedRecords.id, recordId), eq(syncedRecords.tenantId, tenantId), eq(syncedRecords.kind, "users")))
    .returning({ id: syncedRecords.id });
  return updated.length > 0;
}
