import { z } from "zod";
import { baseUrlField, syncSettingsShape } from "../common-settings";
import type { ProviderManifest } from "../types";

const DEFAULT_BASE_URL = "https://api.retellai.com";

export const retellConfigSchema = z.object({
  apiKey: z
    .string({ error: "Enter your Retell API key." })
    .trim()
    .min(1, { error: "Enter your Retell API key." })
    .meta({
      title: "API key",
      description: "Created in the Retell dashboard under API Keys.",
      secret: true,
      validateLive: true,
    }),
  defaultAgentId: z.string().optional().meta({
    title: "Default agent",
    description: "The voice agent used when none is chosen.",
    discovery: "agents",
    widget: "select",
  }),
  // Filled in by the settings page with this integration's inbound URL; never stored.
  webhookUrl: z.string().optional().meta({
    title: "Inbound webhook URL",
    description: "Paste this into Retell as the webhook URL of your agents (or of the account).",
    readOnly: true,
    widget: "copy",
  }),
  ...syncSettingsShape,
  baseUrl: baseUrlField(DEFAULT_BASE_URL),
});

export type RetellConfig = z.output<typeof retellConfigSchema>;

const setupMarkdown = `
**Where to find the API key**

1. Sign in to the Retell dashboard (dashboard.retellai.com).
2. Open **API Keys** in the sidebar (under Settings) and copy an existing key or create a new one.
3. Paste it above. The key is stored encrypted and never shown again.

**Permissions**

Retell API keys are not scoped: a key can read and change everything in the workspace. We only
read with it. Retell signs webhooks with the key marked for webhooks; use that key here if you
want incoming call events to be verified.

**What we sync** (read only)

- Agents (name, channel, last change), for choosing a default agent.
- Calls: who called whom, when, how long, status and why it ended. No transcripts, recordings or
  call analysis are stored. After the first sync only calls newer than the previous run (and calls
  that were still in progress) are fetched.

**Webhooks**

Copy the inbound webhook URL shown below into the agent's webhook setting in Retell to receive
\`call_started\`, \`call_ended\` and \`call_analyzed\` events.
`.trim();

export const retellManifest = {
  id: "retell",
  name: "Retell AI",
  category: "voice",
  icon: "/providers/retell.svg",
  description: "Voice AI: your Retell agents and their calls, without transcripts or recordings.",
  authKind: "api_key",
  configSchema: retellConfigSchema,
  setupMarkdown,
  prerequisites: [{ kind: "branch", min: 1 }],
  defaultBaseUrl: DEFAULT_BASE_URL,
  // ASSUMPTION: Retell publishes no per-key request limit we could rely on; 60 per minute is a
  // conservative guess that a sync (a few list calls per run) never comes near. Revisit if Retell
  // documents one or answers 429s.
  rateLimit: { requests: 60, windowMs: 60_000 },
  counts: [
    { kind: "agents", label: "Agents" },
    { kind: "calls", label: "Calls" },
  ],
  supportsSync: true,
} satisfies ProviderManifest;
