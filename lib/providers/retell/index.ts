import { describeProviderError } from "@/lib/integrations/errors";
import type { ProviderDefinition } from "../types";
import { createRetellClient } from "./client";
import { retellManifest, type RetellConfig } from "./manifest";
import { listAllAgents, RETELL_PAGE_SIZE, syncRetell } from "./sync";

// Settings come from storage or a draft being typed, not always through the schema: read them as partial.
type StoredRetellConfig = Partial<RetellConfig>;

export const retellProvider: ProviderDefinition<StoredRetellConfig> = {
  manifest: retellManifest,

  async testConnection(ctx) {
    if (!ctx.config.apiKey?.trim()) return { ok: false, error: "Enter your Retell API key." };
    try {
      // The cheapest authenticated call; Retell has no "who am I", so the account stays unnamed.
      await createRetellClient(ctx).listAgents({ limit: 1 });
      return { ok: true, account: {} };
    } catch (error) {
      // Retell's own words ("API key is missing or invalid.") or the gateway's.
      return { ok: false, error: describeProviderError(retellManifest.name, error) };
    }
  },

  async discover(ctx, source) {
    if (source !== "agents") throw new Error(`${retellManifest.name} has no list called "${source}".`);
    const agents = await listAllAgents(createRetellClient(ctx), RETELL_PAGE_SIZE);
    return agents.map((agent) => ({ value: agent.agent_id, label: agent.agent_name || agent.agent_id, hint: agent.channel }));
  },

  sync: (ctx, sink, previousState) => syncRetell(ctx, sink, previousState),
};
