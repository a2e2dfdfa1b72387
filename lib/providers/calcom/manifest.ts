import { z } from "zod";
import { baseUrlField, syncSettingsShape } from "../common-settings";
import type { ProviderManifest } from "../types";

const DEFAULT_BASE_URL = "https://api.cal.com";

export const calcomConfigSchema = z.object({
  apiKey: z
    .string({ error: "Enter your Cal.com API key." })
    .trim()
    .min(1, { error: "Enter your Cal.com API key.", abort: true })
    // Cal.com itself treats a bearer token without `cal_` as an OAuth token, so a pasted token of
    // another kind would fail later with a confusing "Invalid Access Token".
    .startsWith("cal_", { error: "Cal.com API keys start with cal_ (e.g. cal_live_…). Copy the whole key from Settings → Developer → API keys." })
    .meta({
      title: "API key",
      description: "Created in Cal.com under Settings → Developer → API keys.",
      secret: true,
      validateLive: true,
    }),
  teamSlug: z.string().trim().optional().meta({
    title: "Team slug",
    description: "Optional: your team's slug as in cal.com/team/<slug>, for team booking links.",
    widget: "text",
  }),
  defaultEventTypeId: z.string().optional().meta({
    title: "Default event type",
    description: "Used when a booking is made without choosing an event type.",
    discovery: "eventTypes",
    widget: "select",
  }),
  ...syncSettingsShape,
  baseUrl: baseUrlField(DEFAULT_BASE_URL),
});

export type CalcomConfig = z.output<typeof calcomConfigSchema>;

const setupMarkdown = `
**Where to find the API key**

1. Sign in to Cal.com with the account whose calendar you want to connect.
2. Open **Settings → Developer → API keys** and choose **New API key**.
3. Give it a name (e.g. "Integration Hub"), pick an expiry (or "never expires") and create it.
4. Copy the key right away (it starts with \`cal_live_\`); Cal.com shows it only once.

**Permissions**

An API key acts as the user who created it and can read what that user can read. Create it with
an account that owns (or hosts) the event types and bookings you want to see here.

**What we sync** (read only; we never create, move or cancel bookings during a sync)

- The key's owner and the hosts of your bookings (name and email), so they can be matched to staff.
- Event types (title, slug, length).
- Bookings (time, status, hosts and attendees). After the first sync only bookings changed since
  the previous run are fetched.
`.trim();

export const calcomManifest = {
  id: "calcom",
  name: "Cal.com",
  category: "scheduling",
  icon: "/providers/calcom.svg",
  description: "Scheduling: event types and bookings from Cal.com, with hosts matched to your staff.",
  authKind: "api_key",
  configSchema: calcomConfigSchema,
  setupMarkdown,
  prerequisites: [
    { kind: "branch", min: 1 },
    { kind: "staff", min: 1 },
  ],
  defaultBaseUrl: DEFAULT_BASE_URL,
  // Cal.com's default for API keys (RATE_LIMIT_DEFAULT_LIMIT_API_KEY): 120 requests per minute.
  rateLimit: { requests: 120, windowMs: 60_000 },
  counts: [
    { kind: "event_types", label: "Event types" },
    { kind: "bookings", label: "Bookings" },
  ],
  supportsSync: true,
} satisfies ProviderManifest;
