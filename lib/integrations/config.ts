import { z } from "zod";
import type { FieldMeta, ProviderManifest } from "@/lib/providers/types";

export function fieldMeta(schema: z.ZodObject, field: string): FieldMeta {
  const shape = schema.shape as Record<string, z.ZodType>;
  return (shape[field]?.meta() as FieldMeta | undefined) ?? {};
}

export function secretFields(manifest: ProviderManifest): string[] {
  return Object.keys(manifest.configSchema.shape).filter((f) => fieldMeta(manifest.configSchema, f).secret);
}

/** Splits validated config into what is stored in the clear and what is sealed. */
export function splitConfig(manifest: ProviderManifest, config: Record<string, unknown>) {
  const secretNames = new Set(secretFields(manifest));
  const settings: Record<string, unknown> = {};
  const secrets: Record<string, string> = {};
  for (const [key, value] of Object.entries(config)) {
    if (secretNames.has(key)) {
      if (typeof value === "string" && value !== "") secrets[key] = value;
    } else if (!fieldMeta(manifest.configSchema, key).readOnly) {
      settings[key] = value;
    }
  }
  return { settings, secrets };
}

/**
 * The JSON Schema the settings form is drawn from; zod metadata rides along. Round-tripped
 * through JSON so it is plain data a client component may receive.
 */
export function configJsonSchema(manifest: ProviderManifest): Record<string, unknown> {
  return JSON.parse(JSON.stringify(z.toJSONSchema(manifest.configSchema, { io: "input", unrepresentable: "any" })));
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}
