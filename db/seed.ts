import { randomBytes, createHash } from "node:crypto";
import { branches, invitations, staff, tenants } from "./schema";
import { openDatabase } from "./client";

// `npm run db:seed`: a demo workspace with branches and staff, joined through a printed owner
// invitation (so it works with any sign-in provider, including the local one).
// tsx does not read .env files the way Next does; take DATABASE_URL / PGLITE_DIR from them too.
for (const file of [".env.local", ".env"]) {
  try {
    process.loadEnvFile(file);
  } catch {
    // The file is optional.
  }
}

const email = (process.argv[2] ?? "ada@example.com").toLowerCase();
const db = await openDatabase();
const slug = `demo-salon-${randomBytes(3).toString("hex")}`;
const [tenant] = await db.insert(tenants).values({ name: "Demo Salon", slug, timeZone: "Europe/Berlin" }).returning();
if (!tenant) throw new Error("could not create the demo workspace");
const [mitte, altona] = await db
  .insert(branches)
  .values([
    { tenantId: tenant.id, name: "Berlin Mitte", address: "Torstraße 1, 10119 Berlin" },
    { tenantId: tenant.id, name: "Hamburg Altona", address: "Ottenser Hauptstraße 2, 22765 Hamburg" },
  ])
  .returning();
await db.insert(staff).values([
  { tenantId: tenant.id, branchId: mitte!.id, name: "Anna Becker", email: "anna@example.com" },
  { tenantId: tenant.id, branchId: mitte!.id, name: "Ben Schulz", email: "ben@example.com" },
  { tenantId: tenant.id, branchId: altona!.id, name: "Clara Wolf", email: "clara@example.com" },
]);
const token = randomBytes(32).toString("base64url");
await db.insert(invitations).values({
  tenantId: tenant.id,
  email,
  role: "owner",
  tokenHash: createHash("sha256").update(token).digest("hex"),
  expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
});
const origin = process.env.AUTH_URL ?? "http://localhost:3000";
console.log(`Seeded "Demo Salon" (2 branches, 3 staff). Sign in as ${email} and open:\n${origin}/invite/${token}`);
process.exit(0);
