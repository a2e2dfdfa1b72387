import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { activityLog, integrations } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createWorkspaceWithOwner } from "@/lib/testing/factories";
import { canTransition, IllegalTransitionError, transitionStatus } from "./status";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});

async function newIntegration() {
  const { tenant } = await createWorkspaceWithOwner(db);
  const [row] = await db.insert(integrations).values({ tenantId: tenant.id, provider: "calcom", name: "Cal.com" }).returning();
  return row!;
}

describe("integration status machine", () => {
  it("allows exactly the documented moves", () => {
    expect(canTransition("pending", "active")).toBe(true);
    expect(canTransition("pending", "error")).toBe(true);
    expect(canTransition("active", "error")).toBe(true);
    expect(canTransition("active", "disconnected")).toBe(true);
    expect(canTransition("error", "active")).toBe(true);
    expect(canTransition("disconnected", "active")).toBe(true);
    expect(canTransition("disconnected", "error")).toBe(false);
    expect(canTransition("active", "pending")).toBe(false);
    expect(canTransition("error", "pending")).toBe(false);
  });

  it("moves, records the reason and logs each transition; refuses an illegal one", async () => {
    const row = await newIntegration();
    const base = { tenantId: row.tenantId, integrationId: row.id, provider: "calcom" };
    await transitionStatus(db, { ...base, to: "error", reason: "Cal.com answered 401: invalid key" });
    let [stored] = await db.select().from(integrations).where(eq(integrations.id, row.id));
    expect(stored).toMatchObject({ status: "error", lastError: "Cal.com answered 401: invalid key" });
    await transitionStatus(db, { ...base, to: "active", reason: "Reconnected" });
    await transitionStatus(db, { ...base, to: "disconnected", reason: "Disabled by an admin." });
    [stored] = await db.select().from(integrations).where(eq(integrations.id, row.id));
    expect(stored).toMatchObject({ status: "disconnected", enabled: false, lastError: null });
    await expect(transitionStatus(db, { ...base, to: "error", reason: "x" })).rejects.toBeInstanceOf(IllegalTransitionError);

    const log = await db
      .select({ metadata: activityLog.metadata })
      .from(activityLog)
      .where(and(eq(activityLog.tenantId, row.tenantId), eq(activityLog.action, "integration.status_changed")))
      .orderBy(activityLog.id);
    expect(log.map((l) => [l.metadata.from, l.metadata.to])).toEqual([
      ["pending", "error"],
      ["error", "active"],
      ["active", "disconnected"],
    ]);
    expect(log[0]!.metadata.reason).toBe("Cal.com answered 401: invalid key");
  });

  it("cannot move another workspace's integration", async () => {
    const row = await newIntegration();
    const other = await createWorkspaceWithOwner(db);
    await expect(
      transitionStatus(db, { tenantId: other.tenant.id, integrationId: row.id, provider: "calcom", to: "active", reason: "x" }),
    ).rejects.toThrow("not found");
  });
});
