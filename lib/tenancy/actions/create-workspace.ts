"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { tenantAction } from "@/lib/actions/tenant-action";
import { setActiveWorkspace } from "@/lib/tenancy/context";
import { createWorkspace as insertWorkspace } from "@/lib/tenancy/workspaces";

// Field errors are message keys under `shell.createWorkspace.errors`; the dialog translates them.
const schema = z.object({
  name: z
    .string({ error: "nameTooShort" })
    .trim()
    .min(2, { error: "nameTooShort" })
    .max(80, { error: "nameTooLong" }),
});

/**
 * Any signed-in member may start a workspace of their own; they become its owner and it becomes
 * their active workspace. Nothing of the current workspace is read or changed.
 */
export const createWorkspace = tenantAction({ schema, role: "viewer" }, async ({ name }, ctx) => {
  const { tenant } = await insertWorkspace(await getDb(), { userId: ctx.user.id, name });
  await setActiveWorkspace(tenant.id);
  revalidatePath("/", "layout");
  return { tenantId: tenant.id };
});
