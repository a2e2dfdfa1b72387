"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { ActionError } from "@/lib/actions/result";
import { tenantAction } from "@/lib/actions/tenant-action";
import { recordActivity } from "@/lib/activity/record";
import { setStaffMapping } from "../staff-mapping";

export const mapStaff = tenantAction(
  { schema: z.object({ recordId: z.uuid(), staffId: z.uuid().nullable() }), role: "admin" },
  async ({ recordId, staffId }, ctx) => {
    const db = await getDb();
    if (!(await setStaffMapping(db, ctx.tenant.id, recordId, staffId))) throw new ActionError("That user or staff member does not exist in this workspace.");
    await recordActivity(db, {
      tenantId: ctx.tenant.id,
      actorUserId: ctx.user.id,
      action: "mapping.changed",
      targetType: "synced_record",
      targetId: recordId,
      metadata: { staffId },
    });
    revalidatePath("/integrations", "layout");
    return { recordId, staffId };
  },
);
