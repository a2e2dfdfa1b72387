/**
 * Where a sealed value lives. It is authenticated with the value (as AAD), so a value
 * copied into another tenant, record or field fails to open instead of leaking there.
 */
export interface SecretBinding {
  tenantId: string;
  recordId: string;
  /** e.g. `secrets.apiKey` or `webhook_secret`. */
  field: string;
}

/** The binding of `integrations.secrets[field]`. */
export function integrationSecretBinding(
  integration: { id: string; tenantId: string },
  field: string,
): SecretBinding {
  return { tenantId: integration.tenantId, recordId: integration.id, field: `secrets.${field}` };
}

/** The binding of `integrations.webhook_secret`. */
export function webhookSecretBinding(integration: { id: string; tenantId: string }): SecretBinding {
  return { tenantId: integration.tenantId, recordId: integration.id, field: "webhook_secret" };
}

/**
 * The additional authenticated data for one envelope. A JSON array keeps it unambiguous
 * (("a.b", "c") and ("a", "b.c") differ); the version and kid are included so the
 * envelope's readable header cannot be edited either.
 */
export function additionalData(version: string, kid: string, binding: SecretBinding): Buffer {
  for (const name of ["tenantId", "recordId", "field"] as const) {
    if (typeof binding[name] !== "string" || binding[name] === "") {
      throw new TypeError(`SecretBinding.${name} must be a non-empty string`);
    }
  }
  return Buffer.from(JSON.stringify([version, kid, binding.tenantId, binding.recordId, binding.field]), "utf8");
}
