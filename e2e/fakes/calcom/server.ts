/**
 * A fake Cal.com API v2 (https://api.cal.com) for tests and local dev.
 *
 * Serves: GET /v2/me, GET /v2/event-types[/{id}], GET /v2/bookings[/{uid}].
 * Enforces what the real API enforces and our client must get right:
 *  - `Authorization: Bearer <key>` (valid keys configurable) -> 401 otherwise;
 *  - `cal-api-version` per endpoint family -> 400 when missing/wrong (see below);
 *  - 120 requests/min per key (configurable) -> 429 with Retry-After;
 *  - take/skip paging and afterUpdatedAt on bookings.
 * Errors use the real envelope from apps/api/v2/src/filters/http-exception.filter.ts:
 * `{status:"error", timestamp, path, error:{code: <Nest exception name>, message}}`.
 * Anything under /__fake/ is the test control API (control.ts), not Cal.com's.
 */
import type { ServerResponse } from "node:http";
import { startFake, type FakeRequest, type ListenOptions, type RunningFake } from "../fake-server";
import { bearerToken, sendJson } from "../http";
import { FakeState, type RateLimitConfig } from "../state";
import { listBookings } from "./bookings";
import { DEFAULT_CALCOM_ANCHOR, seedCalcomData } from "./data";
import type { CalcomData } from "./types";

export const DEFAULT_CALCOM_KEYS = ["cal_live_fake_valid_key_0001"] as const;
/** Real default: RATE_LIMIT_DEFAULT_LIMIT_API_KEY=120 per 60 s (apps/api/v2/src/lib/throttler-guard.ts). */
export const DEFAULT_CALCOM_RATE_LIMIT: RateLimitConfig = { limit: 120, windowMs: 60_000 };

/** The versions Cal.com knows; endpoints outside a versioned family accept any of them. */
export const CALCOM_API_VERSIONS = ["2024-04-15", "2024-06-11", "2024-06-14", "2024-08-13", "2024-09-04"];

const ERROR_CODES: Record<number, string> = {
  400: "BadRequestException",
  401: "UnauthorizedException",
  404: "NotFoundException",
  413: "PayloadTooLargeException",
  429: "ThrottlerException",
  500: "InternalServerErrorException",
};

export function sendCalcomError(res: ServerResponse, status: number, message: string, path: string): void {
  sendJson(res, status, {
    status: "error",
    timestamp: new Date().toISOString(),
    path,
    error: { code: ERROR_CODES[status] ?? "HttpException", message },
  });
}

type Request = FakeRequest<CalcomData>;

interface Route {
  method: string;
  pattern: RegExp;
  /**
   * The exact version this family needs, or null for the "others" family. The
   * real API routes a missing header to its 2024-04-15 controllers, which for
   * event types and bookings answer a different, older shape; the fake answers
   * 400 instead so a client that forgets the header fails loudly in tests.
   */
  version: string | null;
  handle(request: Request, params: string[]): void;
}

function success(res: ServerResponse, data: unknown, extra: Record<string, unknown> = {}): void {
  sendJson(res, 200, { status: "success", data, ...extra });
}

const ROUTES: Route[] = [
  {
    method: "GET",
    pattern: /^\/v2\/me$/,
    version: null,
    handle: ({ res, state }) => success(res, state.data.me),
  },
  {
    method: "GET",
    pattern: /^\/v2\/event-types$/,
    version: "2024-06-14",
    handle: ({ res, query, state }) => {
      const username = query.get("username") ?? state.data.me.username;
      const owner = state.data.users.find((user) => user.username === username);
      const slug = query.get("eventSlug");
      const eventTypes = state.data.eventTypes.filter(
        (eventType) => eventType.ownerId === owner?.id && (slug === null || eventType.slug === slug),
      );
      success(res, eventTypes);
    },
  },
  {
    method: "GET",
    pattern: /^\/v2\/event-types\/(\d+)$/,
    version: "2024-06-14",
    handle: ({ res, path, state }, [id]) => {
      const eventType = state.data.eventTypes.find((candidate) => candidate.id === Number(id));
      if (!eventType) return sendCalcomError(res, 404, `Event type with id=${id} not found`, path);
      success(res, eventType);
    },
  },
  {
    method: "GET",
    pattern: /^\/v2\/bookings$/,
    version: "2024-08-13",
    handle: ({ res, path, query, state }) => {
      const result = listBookings(state.data.bookings, query);
      if (!result.ok) return sendCalcomError(res, 400, result.message, path);
      success(res, result.data, { pagination: result.pagination });
    },
  },
  {
    method: "GET",
    pattern: /^\/v2\/bookings\/([^/]+)$/,
    version: "2024-08-13",
    handle: ({ res, path, state }, [uid]) => {
      const booking = state.data.bookings.find((candidate) => candidate.uid === uid);
      if (!booking) return sendCalcomError(res, 404, `Booking with uid=${uid} was not found in the database`, path);
      success(res, booking);
    },
  },
];

/** Messages from apps/api/v2/src/modules/auth/strategies/api-auth/api-auth.strategy.ts. */
function authFailure(token: string | null, validKeys: Set<string>): string | null {
  if (token === null) {
    return "No authentication method provided. Either pass an API key as 'Bearer' header or OAuth client credentials as 'x-cal-secret-key' and 'x-cal-client-id' headers";
  }
  if (validKeys.has(token)) return null;
  // Keys with the `cal_` prefix are API keys; anything else is taken for an OAuth access token.
  return token.startsWith("cal_") ? "Your api key is not valid" : "Invalid Access Token.";
}

function versionFailure(route: Route, method: string, path: string, sent: string | undefined): string | null {
  if (route.version === null) {
    if (sent === undefined || CALCOM_API_VERSIONS.includes(sent)) return null;
    return `cal-api-version "${sent}" is not a Cal.com API version; known: ${CALCOM_API_VERSIONS.join(", ")}`;
  }
  if (sent === route.version) return null;
  const what = sent === undefined ? "is missing" : `"${sent}" is not supported`;
  return `cal-api-version header ${what}: ${method} ${path} needs "cal-api-version: ${route.version}"`;
}

function handleCalcom(request: Request): void {
  const { req, res, method, path, state } = request;
  let params: string[] = [];
  const route = ROUTES.find((candidate) => {
    const match = candidate.method === method ? candidate.pattern.exec(path) : null;
    if (match) params = match.slice(1);
    return match !== null;
  });
  if (!route) return sendCalcomError(res, 404, `Cannot ${method} ${path}`, path);

  const token = bearerToken(req);
  const authError = authFailure(token, state.validKeys);
  if (authError !== null || token === null) return sendCalcomError(res, 401, authError ?? "", path);

  const rate = state.takeRateToken(token);
  if (rate) {
    // The real guard names its headers after the limit ("default"); Reset is in seconds.
    res.setHeader("X-RateLimit-Limit-Default", rate.limit);
    res.setHeader("X-RateLimit-Remaining-Default", rate.remaining);
    res.setHeader("X-RateLimit-Reset-Default", rate.resetSeconds);
    if (!rate.allowed) {
      res.setHeader("Retry-After", rate.resetSeconds);
      return sendCalcomError(res, 429, "CustomThrottlerGuard - Too many requests. Please try again later.", path);
    }
  }

  const versionHeader = req.headers["cal-api-version"];
  const sent = Array.isArray(versionHeader) ? versionHeader[0] : versionHeader;
  const versionError = versionFailure(route, method, path, sent);
  if (versionError !== null) return sendCalcomError(res, 400, versionError, path);

  route.handle(request, params);
}

export interface CalcomFakeOptions extends ListenOptions {
  validKeys?: readonly string[];
  rateLimit?: Partial<RateLimitConfig>;
  /** Bookings are laid out around this instant (default DEFAULT_CALCOM_ANCHOR). */
  anchor?: Date;
}

export type CalcomFake = RunningFake<CalcomData>;

export function startCalcomFake(options: CalcomFakeOptions = {}): Promise<CalcomFake> {
  const anchor = options.anchor ?? DEFAULT_CALCOM_ANCHOR;
  const state = new FakeState<CalcomData>({
    validKeys: options.validKeys ?? DEFAULT_CALCOM_KEYS,
    rateLimit: { ...DEFAULT_CALCOM_RATE_LIMIT, ...options.rateLimit },
    seed: () => seedCalcomData(anchor),
  });
  return startFake({ handle: handleCalcom, sendError: sendCalcomError }, state, options);
}
