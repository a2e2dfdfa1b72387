"use server";

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { tenants } from "@/db/schema";
import { tenantAction } from "@/lib/actions/tenant-action";
import { recordActivity } from "@/lib/activity/record";

const timeZone = z.string().refine((tz) => Intl.supportedValuesOf("timeZone").includes(tz) || tz === "UTC", {
  error: "Choose a time zone from the list.",
});

/** Owner-only: the name and the time zone change what every member sees. */
export const updateWorkspace = tenantAction(
  { schema: z.object({ name: z.string().trim().min(2, { error: "At least 2 characters." }).max(80), timeZone }), role: "owner" },
  async (input, ctx) => {
    const db = await getDb();
    await db.update(tenants).set(input).where(eq(tenants.id, ctx.tenant.id));
    await recordActivity(db, {
      tenantId: ctx.tenant.id,
      actorUserId: ctx.user.id,
      action: "workspace.updated",
      outcome: "success",
      targetType: "tenant",
      targetId: ctx.tenant.id,
      metadata: { name: input.name, timeZone: input.timeZone },
    });
    revalidatePath("/", "layout");
    return input;
  },
);
