import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { memberships, tenants } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createUser } from "@/lib/testing/factories";
import { ensureFirstWorkspace, slugify } from "./workspaces";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});

describe("first workspace", () => {
  it("is created once, with the person as owner, even when requests race", async () => {
    const user = await createUser(db, "Ada Lovelace");
    const results = await Promise.all([ensureFirstWorkspace(db, user), ensureFirstWorkspace(db, user), ensureFirstWorkspace(db, user)]);
    const ids = new Set(results.map((r) => r[0]!.tenant.id));
    expect(ids.size).toBe(1);
    const rows = await db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.role).toBe("owner");
    const [tenant] = await db.select().from(tenants).where(eq(tenants.id, rows[0]!.tenantId));
    expect(tenant!.name).toBe("Ada Lovelace's workspace");
    expect(tenant!.slug).toMatch(/^ada-lovelace-[0-9a-f]{6}$/);
  });

  it("slugifies names with accents and symbols", () => {
    expect(slugify("Müller & Söhne GmbH")).toBe("muller-sohne-gmbh");
    expect(slugify("!!!")).toBe("workspace");
  });
});
