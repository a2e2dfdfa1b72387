import type { FieldMeta } from "@/lib/providers/types";

/** One property of the provider's JSON Schema, with our metadata, as the form needs it. */
export type SchemaField = FieldMeta & {
  name: string;
  kind: "string" | "boolean" | "interval";
  required: boolean;
  defaultValue: unknown;
};

type JsonSchemaProperty = FieldMeta & { type?: string; default?: unknown; anyOf?: unknown[] };

export function schemaFields(jsonSchema: Record<string, unknown>): SchemaField[] {
  const properties = (jsonSchema.properties ?? {}) as Record<string, JsonSchemaProperty>;
  const required = new Set((jsonSchema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, p]) => ({
    ...p,
    name,
    kind: p.widget === "interval" ? "interval" : p.type === "boolean" ? "boolean" : "string",
    required: required.has(name) && p.default === undefined,
    defaultValue: p.default,
  }));
}

export function initialValues(fields: SchemaField[], stored: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.secret || f.readOnly) values[f.name] = "";
    else values[f.name] = stored[f.name] ?? f.defaultValue ?? (f.kind === "boolean" ? false : "");
  }
  return values;
}

/** What is submitted: empty optional strings become absent, so zod applies defaults. */
export function submittedValues(fields: SchemaField[], values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.readOnly) continue;
    const v = values[f.name];
    if (v === "" && !f.secret) continue;
    out[f.name] = v;
  }
  return out;
}
