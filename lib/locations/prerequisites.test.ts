import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { branches, staff } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { createWorkspaceWithOwner } from "@/lib/testing/factories";
import { countLocations, unmetPrerequisites, type Prerequisite } from "./prerequisites";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});

const calcom: Prerequisite[] = [
  { kind: "branch", min: 1 },
  { kind: "staff", min: 1 },
];

describe("countLocations", () => {
  it("counts only the workspace's own branches and staff", async () => {
    const a = await createWorkspaceWithOwner(db);
    const b = await createWorkspaceWithOwner(db);
    expect(await countLocations(db, a.tenant.id)).toEqual({ branches: 0, staff: 0 });

    const [branch] = await db.insert(branches).values({ tenantId: a.tenant.id, name: "Mitte" }).returning();
    await db.insert(staff).values([
      { tenantId: a.tenant.id, name: "Ada", branchId: branch!.id },
      { tenantId: a.tenant.id, name: "Grace" },
    ]);
    await db.insert(branches).values([
      { tenantId: b.tenant.id, name: "One" },
      { tenantId: b.tenant.id, name: "Two" },
    ]);

    expect(await countLocations(db, a.tenant.id)).toEqual({ branches: 1, staff: 2 });
    expect(await countLocations(db, b.tenant.id)).toEqual({ branches: 2, staff: 0 });
  });
});

describe("unmetPrerequisites", () => {
  it("lists each prerequisite whose count is below its minimum, in the order given", () => {
    expect(unmetPrerequisites({ branches: 0, staff: 0 }, calcom)).toEqual(calcom);
    expect(unmetPrerequisites({ branches: 1, staff: 0 }, calcom)).toEqual([{ kind: "staff", min: 1 }]);
    expect(unmetPrerequisites({ branches: 0, staff: 3 }, calcom)).toEqual([{ kind: "branch", min: 1 }]);
    expect(unmetPrerequisites({ branches: 1, staff: 1 }, calcom)).toEqual([]);
  });

  it("treats the minimum as inclusive, and no prerequisites or a zero minimum as met", () => {
    expect(unmetPrerequisites({ branches: 2, staff: 0 }, [{ kind: "branch", min: 3 }])).toEqual([{ kind: "branch", min: 3 }]);
    expect(unmetPrerequisites({ branches: 3, staff: 0 }, [{ kind: "branch", min: 3 }])).toEqual([]);
    expect(unmetPrerequisites({ branches: 0, staff: 0 }, [])).toEqual([]);
    expect(unmetPrerequisites({ branches: 0, staff: 0 }, [{ kind: "staff", min: 0 }])).toEqual([]);
  });
});
