import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { tenants } from "./tenancy";

export const OUTCOMES = ["success", "failure", "info"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What happened in a workspace, newest first. Never holds a secret. */
export const activityLog = pgTable(
  "activity_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    outcome: text("outcome").$type<Outcome>().notNull().default("info"),
    targetType: text("target_type"),
    targetId: text("target_id"),
    // Set for entries about an integration, so logs filter by provider without a join.
    provider: text("provider"),
    metadata: jsonb("metadata").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  // Keyset paging newest-first per tenant walks (tenant_id, created_at desc, id desc).
  (t) => [
    index("activity_tenant_created_idx").on(t.tenantId, t.createdAt.desc(), t.id.desc()),
    index("activity_tenant_provider_created_idx").on(t.tenantId, t.provider, t.createdAt.desc(), t.id.desc()),
  ],
);

export type ActivityEntry = typeof activityLog.$inferSelect;
