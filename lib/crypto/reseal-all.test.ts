import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { integrations, tenants } from "@/db/schema";
import { openTestDatabase } from "@/lib/testing/db";
import { integrationSecretBinding, webhookSecretBinding } from "./binding";
import { createKeyring, generateKeyBase64 } from "./keyring";
import { emptyResealReport, resealAllSecrets, resealIntegration } from "./reseal-all";
import { openSecret, sealSecret } from "./seal";

const oldKey = { kid: "old-2025", keyBase64: generateKeyBase64() };
const newKey = { kid: "new-2026", keyBase64: generateKeyBase64() };
const before = createKeyring([oldKey]);
const after = createKeyring([oldKey, newKey], "new-2026");

let db: Database;
let tenantId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  tenantId = randomUUID();
  await db.insert(tenants).values({ id: tenantId, name: "Rotation test", slug: `rotation-${tenantId}` });
});

/** Inserts an integration whose secrets are sealed in place with `keyring`. */
async function insertIntegration(name: string, secrets: Record<string, string>, webhookSecret: string | null) {
  const row = { id: randomUUID(), tenantId };
  await db.insert(integrations).values({
    ...row,
    provider: "test",
    name,
    secrets: Object.fromEntries(
      Object.entries(secrets).map(([field, value]) => [field, sealSecret(value, integrationSecretBinding(row, field), before)]),
    ),
    webhookSecret: webhookSecret === null ? null : sealSecret(webhookSecret, webhookSecretBinding(row), before),
  });
  return row;
}

async function storedRow(id: string) {
  const [row] = await db.select().from(integrations).where(eq(integrations.id, id));
  return row!;
}

describe("resealAllSecrets", () => {
  it("re-seals every value under the current key, in batches, and reports what failed", async () => {
    const a = await insertIntegration("a", { apiKey: "key-a-1234567890", clientSecret: "cs-a-0987654321" }, "whsec_a_abcdef");
    const b = await insertIntegration("b", { apiKey: "key-b-1234567890" }, null);
    const c = await insertIntegration("c", {}, "whsec_c_abcdef");
    const corrupt = await insertIntegration("corrupt", { apiKey: "key-d-1234567890", token: "tok-d-123456789" }, null);
    // Copy another row's sealed value in: it must not open here (wrong AAD).
    const stolen = (await storedRow(a.id)).secrets.apiKey!;
    await db
      .update(integrations)
      .set({ secrets: { ...(await storedRow(corrupt.id)).secrets, apiKey: stolen } })
      .where(eq(integrations.id, corrupt.id));

    // A batch of 2 makes the four rows span several batches. The tenant filter keeps rows
    // other test files put in the shared Postgres database out of the counts.
    const report = await resealAllSecrets(db, after, { batchSize: 2, tenantId });

    expect(report).toEqual({
      scanned: 7,
      resealed: 6,
      failed: 1,
      skipped: 0,
      failures: [{ integrationId: corrupt.id, field: "secrets.apiKey", code: "tampered_or_misplaced" }],
    });
    const onlyNewKey = createKeyring([newKey]);
    const expected: Array<[{ id: string; tenantId: string }, Record<string, string>, string | null]> = [
      [a, { apiKey: "key-a-1234567890", clientSecret: "cs-a-0987654321" }, "whsec_a_abcdef"],
      [b, { apiKey: "key-b-1234567890" }, null],
      [c, {}, "whsec_c_abcdef"],
    ];
    for (const [row, secrets, webhookSecret] of expected) {
      const stored = await storedRow(row.id);
      const opened = Object.fromEntries(
        Object.entries(stored.secrets).map(([field, envelope]) => {
          expect(envelope).toMatch(/^v1\.new-2026\./);
          return [field, openSecret(envelope, integrationSecretBinding(row, field), onlyNewKey).plaintext];
        }),
      );
      expect(opened).toEqual(secrets);
      if (webhookSecret === null) expect(stored.webhookSecret).toBeNull();
      else expect(openSecret(stored.webhookSecret!, webhookSecretBinding(row), onlyNewKey).plaintext).toBe(webhookSecret);
    }
    // The corrupt row: its good value is re-sealed, the bad one is left exactly as it was.
    const corruptRow = await storedRow(corrupt.id);
    expect(corruptRow.secrets.apiKey).toBe(stolen);
    expect(openSecret(corruptRow.secrets.token!, integrationSecretBinding(corrupt, "token"), onlyNewKey).plaintext).toBe(
      "tok-d-123456789",
    );

    // A second run finds nothing left to do.
    const again = await resealAllSecrets(db, after, { batchSize: 2, tenantId });
    expect({ scanned: again.scanned, resealed: again.resealed, failed: again.failed }).toEqual({
      scanned: 7,
      resealed: 0,
      failed: 1,
    });
  });

  it("does not overwrite a secret saved while the run was re-sealing its row", async () => {
    const row = await insertIntegration("saved-meanwhile", { apiKey: "key-old-1234567890" }, null);
    const snapshot = await storedRow(row.id);
    // The user saves a new key (sealed with the current key) after the run read the row.
    const savedMeanwhile = sealSecret("key-new-1234567890", integrationSecretBinding(row, "apiKey"), after);
    await db.update(integrations).set({ secrets: { apiKey: savedMeanwhile } }).where(eq(integrations.id, row.id));

    const report = emptyResealReport();
    await resealIntegration(db, snapshot, after, report);

    expect(report).toMatchObject({ scanned: 1, resealed: 0, skipped: 1, failed: 0 });
    expect((await storedRow(row.id)).secrets.apiKey).toBe(savedMeanwhile);
  });
});
