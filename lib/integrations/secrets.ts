import "server-only";
import { integrationSecretBinding } from "@/lib/crypto/binding";
import { secretLast4 } from "@/lib/crypto/hint";
import { openSecret, sealSecret } from "@/lib/crypto/seal";

type Row = { tenantId: string; id: string };

/** Seals each secret field of an integration under its own binding; hints keep the last four. */
export function sealIntegrationSecrets(row: Row, values: Record<string, string>) {
  const secrets: Record<string, string> = {};
  const hints: Record<string, string> = {};
  for (const [field, value] of Object.entries(values)) {
    secrets[field] = sealSecret(value, integrationSecretBinding(row, field));
    const last4 = secretLast4(value);
    if (last4) hints[field] = last4;
  }
  return { secrets, hints };
}

export function openIntegrationSecrets(row: Row & { secrets: Record<string, string> }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, envelope] of Object.entries(row.secrets)) {
    out[field] = openSecret(envelope, integrationSecretBinding(row, field)).plaintext;
  }
  return out;
}
