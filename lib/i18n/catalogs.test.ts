import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getProvider } from "@/lib/providers/registry";
import { MESSAGE_AREAS } from "./config";

const load = (locale: string, area: string) => JSON.parse(readFileSync(path.join("messages", locale, `${area}.json`), "utf8"));

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogs", () => {
  it("exist for every area in both languages, with the same keys (provider texts fall back to English manifests)", () => {
    expect(readdirSync("messages").sort()).toEqual(["de", "en"]);
    for (const area of MESSAGE_AREAS.filter((a) => a !== "providers")) {
      expect(keys(load("de", area)).sort(), area).toEqual(keys(load("en", area)).sort());
    }
  });

  it("translate only providers, fields and counts that exist", () => {
    const catalog = load("de", "providers") as Record<string, { fields?: Record<string, unknown>; counts?: Record<string, unknown> }>;
    for (const [id, texts] of Object.entries(catalog)) {
      if (id === "common") continue;
      const provider = getProvider(id);
      expect(provider, `unknown provider ${id}`).toBeDefined();
      for (const field of Object.keys(texts.fields ?? {})) expect(Object.keys(provider!.manifest.configSchema.shape), id).toContain(field);
      for (const kind of Object.keys(texts.counts ?? {})) expect(provider!.manifest.counts.map((c) => c.kind), id).toContain(kind);
    }
  });
});
