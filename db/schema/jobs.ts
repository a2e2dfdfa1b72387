import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenancy";

export const OUTBOX_STATUSES = ["pending", "sent"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Every background job is written here, in the same transaction as the work it belongs to,
 * before it is handed to Inngest. A job Inngest could not take stays `pending`, is visible in
 * the UI and is handed over again later, so nothing is lost while Inngest is away.
 */
export const jobOutbox = pgTable(
  "job_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    status: text("status").$type<OutboxStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("job_outbox_status_created_idx").on(t.status, t.createdAt)],
);

export type OutboxJob = typeof jobOutbox.$inferSelect;
