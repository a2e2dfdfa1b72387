import type { Outcome } from "@/db/schema";

// Shapes shared by the server query and the client table. Type-only, so client code can import
// them without pulling in the database.

/** One activity entry as the logs table shows it. */
export type ActivityRow = {
  id: number;
  createdAt: Date;
  action: string;
  outcome: Outcome;
  provider: string | null;
  targetType: string | null;
  targetId: string | null;
  metadata: Record<string, unknown>;
  /** Null for system entries, or when the person was deleted since. */
  actor: { id: string; name: string | null; email: string | null } | null;
};

export type ActivityFilters = {
  /** Exact provider id, e.g. `calcom`. */
  provider?: string;
  /** An exact action (`sync.failed`), or a prefix ending in a dot (`sync.`) for a whole type. */
  action?: string;
  outcome?: Outcome;
  /** `yyyy-mm-dd`, inclusive, in the workspace time zone. */
  from?: string;
  /** `yyyy-mm-dd`, inclusive (the whole day), in the workspace time zone. */
  to?: string;
  /** Entries about one thing, e.g. `integration` + its id (the provider page's Activity tab). */
  targetType?: string;
  targetId?: string;
};

/** What the filter selects offer: values present in the workspace's log. */
export type ActivityFacets = {
  providers: string[];
  /** The part of an action before its first dot: `sync` for `sync.failed`. */
  actionTypes: string[];
};
