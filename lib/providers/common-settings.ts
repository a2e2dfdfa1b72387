import { z } from "zod";

export const SYNC_INTERVALS = [15, 30, 60, 1440] as const;

/** Settings every syncing provider shares; spread into its config schema. */
export const syncSettingsShape = {
  autoSync: z.boolean().default(true).meta({ title: "Automatic sync", widget: "switch" }),
  syncIntervalMinutes: z
    .union(SYNC_INTERVALS.map((m) => z.literal(m)))
    .default(60)
    .meta({ title: "Sync every", widget: "interval" }),
};

/**
 * The API base URL. Stored per integration so tests can point at a fake; only editable when the
 * deployment allows it (ALLOW_CUSTOM_BASE_URLS), because a tenant-chosen URL lets our server call
 * arbitrary hosts.
 */
export function baseUrlField(defaultBaseUrl: string) {
  return z.url({ protocol: /^https?$/ }).default(defaultBaseUrl).meta({ title: "API base URL", description: "Advanced" });
}
