import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, splitConfig } from "@/lib/integrations/config";
import { calcomConfigSchema, calcomManifest } from "./manifest";

describe("Cal.com config schema", () => {
  it("rejects a key without the cal_ prefix with a field error saying so", () => {
    const parsed = calcomConfigSchema.safeParse({ apiKey: "sk_live_123" });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!).apiKey).toEqual([expect.stringMatching(/start with cal_/)]);
  });

  it("asks for a missing key once, not twice", () => {
    const parsed = calcomConfigSchema.safeParse({ apiKey: "  " });
    expect(fieldErrorsOf(parsed.error!).apiKey).toEqual(["Enter your Cal.com API key."]);
  });

  it("fills the sync settings and base URL with their defaults", () => {
    expect(calcomConfigSchema.parse({ apiKey: " cal_live_abc " })).toEqual({
      apiKey: "cal_live_abc",
      autoSync: true,
      syncIntervalMinutes: 60,
      baseUrl: "https://api.cal.com",
    });
  });

  it("carries the field metadata into the JSON Schema the form is drawn from", () => {
    const schema = z.toJSONSchema(calcomConfigSchema, { io: "input" }) as { properties: Record<string, Record<string, unknown>>; required?: string[] };
    expect(schema.properties.apiKey).toMatchObject({ type: "string", title: "API key", secret: true, validateLive: true });
    expect(schema.properties.defaultEventTypeId).toMatchObject({ discovery: "eventTypes", widget: "select" });
    expect(schema.properties.teamSlug).toMatchObject({ title: "Team slug" });
    expect(schema.properties.baseUrl).toMatchObject({ default: "https://api.cal.com" });
    expect(schema.required).toEqual(["apiKey"]);
  });

  it("seals only the key", () => {
    const config = calcomConfigSchema.parse({ apiKey: "cal_live_abc", teamSlug: "acme" });
    const { settings, secrets } = splitConfig(calcomManifest, config);
    expect(secrets).toEqual({ apiKey: "cal_live_abc" });
    expect(settings).not.toHaveProperty("apiKey");
    expect(settings).toMatchObject({ teamSlug: "acme", autoSync: true });
  });
});
