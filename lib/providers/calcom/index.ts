import { describeProviderError } from "@/lib/integrations/errors";
import type { ProviderDefinition } from "../types";
import { createCalcomClient } from "./client";
import { calcomManifest, type CalcomConfig } from "./manifest";
import { syncCalcom } from "./sync";

// Settings come from storage or a draft being typed, not always through the schema: read them as partial.
type StoredCalcomConfig = Partial<CalcomConfig>;

export const calcomProvider: ProviderDefinition<StoredCalcomConfig> = {
  manifest: calcomManifest,

  async testConnection(ctx) {
    if (!ctx.config.apiKey?.trim()) return { ok: false, error: "Enter your Cal.com API key." };
    try {
      const me = await createCalcomClient(ctx).me();
      return { ok: true, account: { id: String(me.id), name: me.name ?? me.username ?? undefined, email: me.email } };
    } catch (error) {
      // Cal.com's own words ("Your api key is not valid") or the gateway's ("did not answer within 10 s").
      return { ok: false, error: describeProviderError(calcomManifest.name, error) };
    }
  },

  async discover(ctx, source) {
    if (source !== "eventTypes") throw new Error(`${calcomManifest.name} has no list called "${source}".`);
    const eventTypes = await createCalcomClient(ctx).eventTypes();
    return eventTypes.map((eventType) => ({
      value: String(eventType.id),
      label: eventType.title,
      hint: `${eventType.lengthInMinutes} min · /${eventType.slug}`,
    }));
  },

  sync: (ctx, sink, previousState) => syncCalcom(ctx, sink, previousState),
};
