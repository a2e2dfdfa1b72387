import "server-only";
import { z } from "zod";
import { ProviderResponseError } from "@/lib/integrations/errors";
import type { ProviderContext } from "../types";
import {
  calcomBookingShape,
  calcomErrorMessage,
  calcomEventTypeShape,
  calcomMeShape,
  calcomPaginationShape,
  type CalcomBooking,
} from "./api-shapes";
import { calcomManifest, type CalcomConfig } from "./manifest";

/**
 * Each Cal.com endpoint family answers in the shape of the version it is asked for; without the
 * header event types and bookings fall back to 2024-04-15 controllers with an older shape.
 * `/v2/me` belongs to no versioned family and needs none.
 */
export const CALCOM_API_VERSIONS = { eventTypes: "2024-06-14", bookings: "2024-08-13" } as const;

const PROVIDER_NAME = calcomManifest.name;

export type BookingsQuery = { take: number; skip: number; afterUpdatedAt?: string };

export type CalcomClient = ReturnType<typeof createCalcomClient>;

/** Reads from Cal.com API v2 through the gateway (`ctx.fetch`), with the integration's API key. */
export function createCalcomClient(ctx: ProviderContext<Partial<CalcomConfig>>) {
  const apiKey = ctx.config.apiKey?.trim();
  if (!apiKey) throw new Error(`No ${PROVIDER_NAME} API key is configured.`);

  async function get(action: string, path: string, version: string | null, query: Record<string, string | number | undefined> = {}) {
    // Appended, not resolved: a base URL with a path prefix (a proxy) keeps its prefix.
    const url = new URL(`${ctx.baseUrl.replace(/\/+$/, "")}${path}`);
    for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
    const headers: Record<string, string> = { authorization: `Bearer ${apiKey}`, accept: "application/json" };
    if (version) headers["cal-api-version"] = version;
    const response = await ctx.fetch(action, url, { method: "GET", headers });
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const message = calcomErrorMessage(body) ?? (response.statusText || "no error message");
      throw new ProviderResponseError(PROVIDER_NAME, response.status, message);
    }
    return body;
  }

  return {
    /** The owner of the API key. */
    async me() {
      return parseAnswer("GET /v2/me", z.object({ data: calcomMeShape }), await get("me", "/v2/me", null)).data;
    },

    /** The key owner's event types. */
    async eventTypes() {
      const body = await get("list-event-types", "/v2/event-types", CALCOM_API_VERSIONS.eventTypes);
      return parseAnswer("GET /v2/event-types", z.object({ data: z.array(calcomEventTypeShape) }), body).data;
    },

    /**
     * One page of bookings, oldest created first: creation order does not change when a booking
     * is updated, so skip-based paging neither skips nor repeats bookings that change meanwhile.
     */
    async bookingsPage(query: BookingsQuery): Promise<{ bookings: CalcomBooking[]; hasNextPage: boolean }> {
      const body = await get("list-bookings", "/v2/bookings", CALCOM_API_VERSIONS.bookings, { ...query, sortCreated: "asc" });
      const page = parseAnswer(
        "GET /v2/bookings",
        z.object({ data: z.array(calcomBookingShape), pagination: calcomPaginationShape }),
        body,
      );
      const hasNextPage = page.pagination?.hasNextPage ?? page.data.length === query.take;
      return { bookings: page.data, hasNextPage: hasNextPage && page.data.length > 0 };
    },
  };
}

/** A 2xx whose body is not what the API documents: say where, without echoing the body. */
function parseAnswer<T>(endpoint: string, shape: z.ZodType<T>, body: unknown): T {
  const parsed = shape.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join(".") : "body";
  throw new Error(`${PROVIDER_NAME} answered ${endpoint} in an unexpected shape (${where}: ${issue?.message ?? "invalid"}).`);
}
