"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { translatedError } from "@/lib/actions/translated-error";
import { tenantAction } from "@/lib/actions/tenant-action";
import { recordActivity } from "@/lib/activity/record";
import { setStaffMapping } from "../staff-mapping";

export const mapStaff = tenantAction(
  { schema: z.object({ recordId: z.uuid(), staffId: z.uuid().nullable() }), role: "admin" },
  async ({ recordId, staffId }, ctx) => {
    const db = await getDb();
    if (!(await setStaffMapping(db, ctx.tenant.id, recordId, staffId))) throw await translatedError("mappingNotFound");
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
