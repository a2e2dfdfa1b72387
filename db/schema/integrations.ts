import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { timestamps } from "./columns";
import { tenants } from "./tenancy";

export const INTEGRATION_STATUSES = ["pending", "active", "error", "disconnected"] as const;
export type IntegrationStatus = (typeof INTEGRATION_STATUSES)[number];
export const integrationStatusEnum = pgEnum("integration_status", INTEGRATION_STATUSES);

/** One connection of a tenant to a provider. */
export const integrations = pgTable(
  "integrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    provider: text("provider").notNull(),
    name: text("name").notNull(),
    status: integrationStatusEnum("status").notNull().default("pending"),
    enabled: boolean("enabled").notNull().default(true),
    /** Non-secret settings, validated by the provider's schema. */
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
    /** Secret field name -> sealed envelope (AAD: tenant, integration, `secrets.<field>`). */
    secrets: jsonb("secrets").$type<Record<string, string>>().notNull().default({}),
    /** Secret field name -> last four characters, for `•••• last4` without opening anything. */
    secretHints: jsonb("secret_hints").$type<Record<string, string>>().notNull().default({}),
    /** Sealed envelope (AAD: tenant, integration, `webhook_secret`). */
    webhookSecret: text("webhook_secret"),
    /** What the provider's sync hands itself next time, e.g. an updated-after cursor. */
    syncState: jsonb("sync_state").$type<Record<string, unknown>>().notNull().default({}),
    lastSyncAt: timestamp("last_sync_at", { withTimezone: true, mode: "date" }),
    lastError: text("last_error"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("integrations_tenant_provider_name_idx").on(t.tenantId, t.provider, t.name),
    index("integrations_tenant_idx").on(t.tenantId),
  ],
);

export const SYNC_TRIGGERS = ["manual", "schedule", "save", "webhook"] as const;
export type SyncTrigger = (typeof SYNC_TRIGGERS)[number];
export const SYNC_STATUSES = ["queued", "running", "succeeded", "failed"] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

export const syncRuns = pgTable(
  "sync_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id, { onDelete: "cascade" }),
    trigger: text("trigger").$type<SyncTrigger>().notNull(),
    status: text("status").$type<SyncStatus>().notNull().default("queued"),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    /** Kind -> records seen so far; updated while the run goes, so the UI can show progress. */
    records: jsonb("records").$type<Record<string, number>>().notNull().default({}),
    durationMs: integer("duration_ms"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("sync_runs_integration_created_idx").on(t.integrationId, t.createdAt.desc())],
);

export const syncedRecords = pgTable(
  "synced_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    externalId: text("external_id").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    /** The local row (staff, branch, ...) this record maps to, when it maps to one. */
    mappedLocalId: uuid("mapped_local_id"),
    /** Set when a person chose the mapping (or chose none): automatic matching leaves it alone. */
    mappedByHand: boolean("mapped_by_hand").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("synced_records_identity_idx").on(t.integrationId, t.kind, t.externalId)],
);

export const integrationMetrics = pgTable(
  "integration_metrics",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    integrationId: uuid("integration_id")
      .notNull()
      .references(() => integrations.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    success: boolean("success").notNull(),
    durationMs: integer("duration_ms").notNull(),
    records: integer("records"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("integration_metrics_integration_at_idx").on(t.integrationId, t.at.desc())],
);

export type Integration = typeof integrations.$inferSelect;
export type SyncRun = typeof syncRuns.$inferSelect;
export type SyncedRecord = typeof syncedRecords.$inferSelect;
