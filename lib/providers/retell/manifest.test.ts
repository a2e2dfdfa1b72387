import { describe, expect, it } from "vitest";
import { z } from "zod";
import { splitConfig } from "@/lib/integrations/config";
import { retellConfigSchema, retellManifest } from "./manifest";

describe("Retell config schema", () => {
  it("requires a key", () => {
    expect(retellConfigSchema.safeParse({}).success).toBe(false);
    expect(retellConfigSchema.safeParse({ apiKey: "key_abc" }).success).toBe(true);
  });

  it("carries the field metadata into the JSON Schema the form is drawn from", () => {
    const schema = z.toJSONSchema(retellConfigSchema, { io: "input" }) as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties.apiKey).toMatchObject({ secret: true, validateLive: true });
    expect(schema.properties.defaultAgentId).toMatchObject({ discovery: "agents" });
    expect(schema.properties.webhookUrl).toMatchObject({ title: "Inbound webhook URL", readOnly: true, widget: "copy" });
  });

  it("never stores the webhook URL the page fills in, and seals the key", () => {
    const config = retellConfigSchema.parse({ apiKey: "key_abc", webhookUrl: "https://hub.example/api/webhooks/retell/x", defaultAgentId: "ag_1" });
    const { settings, secrets } = splitConfig(retellManifest, config);
    expect(secrets).toEqual({ apiKey: "key_abc" });
    expect(settings).toEqual({ defaultAgentId: "ag_1", autoSync: true, syncIntervalMinutes: 60, baseUrl: "https://api.retellai.com" });
  });
});
