import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { integrations } from "@/db/schema";
import { integrationSecretBinding, webhookSecretBinding, type SecretBinding } from "./binding";
import { SecretError, type SecretErrorCode } from "./errors";
import type { Keyring } from "./keyring";
import { resealIfNeeded } from "./reseal";

export interface ResealFailure {
  integrationId: string;
  /** The binding field, e.g. `secrets.apiKey` or `webhook_secret`. */
  field: string;
  code: SecretErrorCode;
}

export interface ResealReport {
  /** Sealed values looked at. */
  scanned: number;
  /** Values now stored sealed with the current key that were not before. */
  resealed: number;
  /** Values that could not be opened; they are left as they were. */
  failed: number;
  /** Values left alone because their row changed during the run; running again picks them up. */
  skipped: number;
  failures: ResealFailure[];
}

/** A snapshot of one integration's sealed values, as re-sealing reads it. */
export type IntegrationSecrets = Pick<
  typeof integrations.$inferSelect,
  "id" | "tenantId" | "secrets" | "webhookSecret"
>;

export function emptyResealReport(): ResealReport {
  return { scanned: 0, resealed: 0, failed: 0, skipped: 0, failures: [] };
}

/**
 * Re-seals every integration secret not sealed with the keyring's current key, so an old key
 * can be retired. Walks `integrations` in id order, a batch at a time; a value that cannot
 * be opened is reported and left alone, never fatal to the run.
 */
export async function resealAllSecrets(
  db: Database,
  keyring: Keyring,
  options: { batchSize?: number; /** Only this tenant's integrations. */ tenantId?: string } = {},
): Promise<ResealReport> {
  const { batchSize = 500, tenantId } = options;
  const report = emptyResealReport();
  let afterId: string | undefined;
  for (;;) {
    // Keyset pagination: stable and cheap however large the table, unlike OFFSET.
    const rows = await db
      .select({
        id: integrations.id,
        tenantId: integrations.tenantId,
        secrets: integrations.secrets,
        webhookSecret: integrations.webhookSecret,
      })
      .from(integrations)
      .where(
        and(
          afterId === undefined ? undefined : gt(integrations.id, afterId),
          tenantId === undefined ? undefined : eq(integrations.tenantId, tenantId),
        ),
      )
      .orderBy(asc(integrations.id))
      .limit(batchSize);
    for (const row of rows) await resealIntegration(db, row, keyring, report);
    if (rows.length < batchSize) return report;
    afterId = rows[rows.length - 1]!.id;
  }
}

/**
 * Re-seals one integration's values as read in `row`, adding to `report`. Exported so the
 * guard against overwriting a concurrent change can be tested with a stale snapshot.
 */
export async function resealIntegration(
  db: Database,
  row: IntegrationSecrets,
  keyring: Keyring,
  report: ResealReport,
): Promise<void> {
  let resealedHere = 0;
  const reseal = (envelope: string, binding: SecretBinding): string => {
    report.scanned++;
    try {
      const resealed = resealIfNeeded(envelope, binding, keyring);
      if (resealed === null) return envelope;
      resealedHere++;
      return resealed;
    } catch (error) {
      if (!(error instanceof SecretError)) throw error;
      report.failed++;
      report.failures.push({ integrationId: row.id, field: binding.field, code: error.code });
      return envelope;
    }
  };

  const secrets = Object.fromEntries(
    Object.entries(row.secrets).map(([field, envelope]) => [
      field,
      reseal(envelope, integrationSecretBinding(row, field)),
    ]),
  );
  const webhookSecret = row.webhookSecret === null ? null : reseal(row.webhookSecret, webhookSecretBinding(row));
  if (resealedHere === 0) return;

  // Only if the row still holds what we read: otherwise a secret saved meanwhile would be
  // overwritten with the old one.
  const updated = await db
    .update(integrations)
    .set({ secrets, webhookSecret })
    .where(
      and(
        eq(integrations.id, row.id),
        sql`${integrations.secrets} = ${JSON.stringify(row.secrets)}::jsonb`,
        row.webhookSecret === null
          ? isNull(integrations.webhookSecret)
          : eq(integrations.webhookSecret, row.webhookSecret),
      ),
    )
    .returning({ id: integrations.id });
  if (updated.length === 1) report.resealed += resealedHere;
  else report.skipped += resealedHere;
}
