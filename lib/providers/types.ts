import type { z } from "zod";

export type AuthKind = "api_key" | "oauth2" | "basic";

export type ProviderCategory =
  | "scheduling"
  | "voice"
  | "crm"
  | "messaging"
  | "calendar"
  | "video"
  | "ticketing"
  | "monitoring"
  | "payments";

/**
 * Field metadata carried by the zod config schema through `.meta(...)`; it also lands in the
 * JSON Schema the settings form is drawn from.
 *  - `secret`: sealed at rest, write-only in the browser.
 *  - `discovery`: the select is filled from `discover(source)`.
 *  - `validateLive`: the form tests the connection when the user stops typing here.
 *  - `readOnly`: shown, never submitted (e.g. our inbound webhook URL).
 */
export type FieldMeta = {
  title?: string;
  description?: string;
  secret?: boolean;
  discovery?: string;
  validateLive?: boolean;
  readOnly?: boolean;
  widget?: "interval" | "switch" | "text" | "select" | "copy";
};

export type Prerequisite = { kind: "branch" | "staff"; min: number };

/** A count the overview card shows, read from synced_records by kind. */
export type CountSpec = { kind: string; label: string };

export type ProviderManifest = {
  id: string;
  name: string;
  category: ProviderCategory;
  /** Path under /public, e.g. /providers/calcom.svg. */
  icon: string;
  description: string;
  authKind: AuthKind;
  configSchema: z.ZodObject;
  setupMarkdown: string;
  prerequisites: Prerequisite[];
  defaultBaseUrl: string;
  /** The provider's own limit per integration; the gateway slows down before it is reached. */
  rateLimit: { requests: number; windowMs: number };
  counts: CountSpec[];
  /** Whether the settings include automatic sync (`autoSync`, `syncIntervalMinutes`). */
  supportsSync: boolean;
};

export type ProviderAccount = { id?: string; name?: string; email?: string };

export type ConnectionTest = { ok: true; account: ProviderAccount } | { ok: false; error: string };

export type DiscoveryOption = { value: string; label: string; hint?: string };

/** A record for synced_records; `data` holds only what the provider returned, never our secrets. */
export type SyncedRecordInput = { externalId: string; data: Record<string, unknown> };

/** What a sync writes through; the runner owns the database, the provider only reads the API. */
export type SyncSink = {
  upsert(kind: string, records: SyncedRecordInput[]): Promise<void>;
};

export type SyncOutcome = {
  /** Kind -> records seen in this run. */
  records: Record<string, number>;
  /** Saved and handed back on the next run, e.g. an updated-after cursor for incremental sync. */
  state: Record<string, unknown>;
};

/** Everything a provider call needs, resolved by the caller: opened secrets and a gateway. */
export type ProviderContext<Config = Record<string, unknown>> = {
  tenantId: string;
  integrationId: string | null;
  baseUrl: string;
  config: Config;
  /**
   * fetch through the gateway (timeout, retries, rate limit, metrics) under an action name.
   * `retryable: true` marks a POST that is safe to repeat (e.g. a list endpoint).
   */
  fetch: (action: string, input: string | URL, init?: RequestInit & { retryable?: boolean }) => Promise<Response>;
};

export type ProviderDefinition<Config = Record<string, unknown>> = {
  manifest: ProviderManifest;
  testConnection(ctx: ProviderContext<Config>): Promise<ConnectionTest>;
  discover(ctx: ProviderContext<Config>, source: string): Promise<DiscoveryOption[]>;
  sync(ctx: ProviderContext<Config>, sink: SyncSink, previousState: Record<string, unknown>): Promise<SyncOutcome>;
  /** Filled by the inbound-webhooks issue. */
  webhook?: {
    verify(request: { headers: Headers; rawBody: string }, secret: string): Promise<boolean> | boolean;
  };
};
