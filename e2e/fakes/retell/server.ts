/**
 * A fake Retell API (https://api.retellai.com) for tests and local dev. It
 * accepts exactly what retell-sdk 5.66.1 sends (checked by server.test.ts with
 * the real client):
 *   POST /v2/list-agents?limit&pagination_key&sort_order  body {filter_criteria?}  (client.agent.list)
 *   GET  /get-agent/{agent_id}                                                     (client.agent.retrieve)
 *   POST /v3/list-calls  body {limit, pagination_key, skip, sort_order, filter_criteria, include_total} (client.call.list)
 *   GET  /v2/get-call/{call_id}                                                    (client.call.retrieve)
 *   GET  /v2/list-phone-numbers?limit&pagination_key&sort_order                   (client.phoneNumber.list)
 *   GET  /list-agents  older endpoint, a plain array of full agents
 * Auth is `Authorization: Bearer <key>`. Errors are `{error_message}` as in
 * Retell's published OpenAPI spec (2024); that spec also answers 422, not 404,
 * for an id that does not exist under the key. No rate limit unless a test
 * sets one (Retell documents none we rely on).
 * Anything under /__fake/ is the test control API (control.ts), not Retell's.
 */
import type { ServerResponse } from "node:http";
import { startFake, type FakeRequest, type ListenOptions, type RunningFake } from "../fake-server";
import { bearerToken, sendJson } from "../http";
import { FakeState, type RateLimitConfig } from "../state";
import { DEFAULT_RETELL_ANCHOR, seedRetellData, toAgentListItem, type RetellData } from "./data";
import { filterCalls, InvalidRequest, matchesFilter, paginate, parseLimit, parseSortOrder, toListedCall } from "./lists";

export const DEFAULT_RETELL_KEYS = ["key_fake_retell_valid_0001"] as const;
export const DEFAULT_RETELL_RATE_LIMIT: RateLimitConfig = { limit: null, windowMs: 60_000 };

const MESSAGES: Record<number, string> = {
  401: "API key is missing or invalid.",
  422: "Cannot find requested asset under given api key.",
  429: "Account rate limited, please throttle your requests.",
  500: "An unexpected server error occurred.",
};

export function sendRetellError(res: ServerResponse, status: number, message: string): void {
  sendJson(res, status, { error_message: message });
}

type Request = FakeRequest<RetellData>;

function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== "object" || Array.isArray(body)) throw new InvalidRequest("request body must be a JSON object");
  return body as Record<string, unknown>;
}

function listAgents({ res, query, body, state }: Request): void {
  // The SDK puts paging in the query and only filter_criteria in the body.
  const criteria = bodyObject(body).filter_criteria as Record<string, unknown> | undefined;
  let agents = state.data.agents.map(toAgentListItem);
  for (const [name, filter] of Object.entries(criteria ?? {})) {
    if (name === "channel") {
      agents = agents.filter((agent) => matchesFilter(agent.channel, filter as object, name));
    } else if (name === "query" && typeof filter === "string") {
      agents = agents.filter((agent) => agent.agent_name.toLowerCase().includes(filter.toLowerCase()));
    } else {
      throw new InvalidRequest(`filter_criteria.${name} is not supported by the fake Retell server`);
    }
  }
  const { page } = paginate(agents, {
    idOf: (agent) => agent.agent_id,
    timeOf: (agent) => agent.user_modified_timestamp,
    order: parseSortOrder(query.get("sort_order")),
    limit: parseLimit(query.get("limit"), 1000, 1000),
    key: query.get("pagination_key"),
  });
  sendJson(res, 200, page);
}

function listAgentsLegacy({ res, query, state }: Request): void {
  const { page } = paginate(state.data.agents, {
    idOf: (agent) => agent.agent_id,
    timeOf: (agent) => agent.last_modification_timestamp,
    order: "descending",
    limit: parseLimit(query.get("limit"), 1000, 1000),
    key: query.get("pagination_key"),
  });
  sendJson(res, 200, page.items);
}

function listCalls({ res, body, state }: Request): void {
  const params = bodyObject(body);
  const skip = params.skip ?? 0;
  if (typeof skip !== "number" || !Number.isInteger(skip) || skip < 0) {
    throw new InvalidRequest("skip must be a non-negative integer");
  }
  const { page, total } = paginate(filterCalls(state.data.calls, params.filter_criteria), {
    idOf: (call) => call.call_id,
    timeOf: (call) => call.start_timestamp ?? 0,
    order: parseSortOrder(params.sort_order),
    limit: parseLimit(params.limit, 50, 1000),
    key: params.pagination_key,
    skip,
  });
  sendJson(res, 200, { ...page, items: page.items.map(toListedCall), ...(params.include_total === true ? { total } : {}) });
}

function listPhoneNumbers({ res, query, state }: Request): void {
  const { page } = paginate(state.data.phoneNumbers, {
    idOf: (number) => number.phone_number,
    timeOf: (number) => number.last_modification_timestamp,
    order: parseSortOrder(query.get("sort_order")),
    limit: parseLimit(query.get("limit"), 1000, 1000),
    key: query.get("pagination_key"),
  });
  sendJson(res, 200, page);
}

interface Route {
  method: string;
  pattern: RegExp;
  handle(request: Request, params: string[]): void;
}

const ROUTES: Route[] = [
  { method: "POST", pattern: /^\/v2\/list-agents$/, handle: listAgents },
  { method: "GET", pattern: /^\/list-agents$/, handle: listAgentsLegacy },
  {
    method: "GET",
    pattern: /^\/get-agent\/([^/]+)$/,
    // The fake keeps only the latest version of an agent, so `?version=` is accepted and ignored.
    handle: ({ res, state }, [id]) => {
      const agent = state.data.agents.find((candidate) => candidate.agent_id === id);
      if (!agent) return sendRetellError(res, 422, MESSAGES[422] ?? "");
      sendJson(res, 200, agent);
    },
  },
  { method: "POST", pattern: /^\/v3\/list-calls$/, handle: listCalls },
  {
    method: "GET",
    pattern: /^\/v2\/get-call\/([^/]+)$/,
    handle: ({ res, state }, [id]) => {
      const call = state.data.calls.find((candidate) => candidate.call_id === id);
      if (!call) return sendRetellError(res, 422, MESSAGES[422] ?? "");
      sendJson(res, 200, call);
    },
  },
  { method: "GET", pattern: /^\/v2\/list-phone-numbers$/, handle: listPhoneNumbers },
];

function handleRetell(request: Request): void {
  const { req, res, method, path, state } = request;
  let params: string[] = [];
  const route = ROUTES.find((candidate) => {
    const match = candidate.method === method ? candidate.pattern.exec(path) : null;
    if (match) params = match.slice(1).map(decodeURIComponent);
    return match !== null;
  });
  if (!route) return sendRetellError(res, 404, `Cannot ${method} ${path}`);

  const token = bearerToken(req);
  if (token === null || !state.validKeys.has(token)) return sendRetellError(res, 401, MESSAGES[401] ?? "");

  const rate = state.takeRateToken(token);
  if (rate && !rate.allowed) {
    res.setHeader("Retry-After", rate.resetSeconds);
    return sendRetellError(res, 429, MESSAGES[429] ?? "");
  }

  try {
    route.handle(request, params);
  } catch (error) {
    if (!(error instanceof InvalidRequest)) throw error;
    sendRetellError(res, 400, error.message);
  }
}

export interface RetellFakeOptions extends ListenOptions {
  validKeys?: readonly string[];
  rateLimit?: Partial<RateLimitConfig>;
  /** Calls and agents are dated relative to this instant (default DEFAULT_RETELL_ANCHOR). */
  anchor?: Date;
}

export type RetellFake = RunningFake<RetellData>;

export function startRetellFake(options: RetellFakeOptions = {}): Promise<RetellFake> {
  const anchor = options.anchor ?? DEFAULT_RETELL_ANCHOR;
  const state = new FakeState<RetellData>({
    validKeys: options.validKeys ?? DEFAULT_RETELL_KEYS,
    rateLimit: { ...DEFAULT_RETELL_RATE_LIMIT, ...options.rateLimit },
    seed: () => seedRetellData(anchor),
  });
  const sendError = (res: ServerResponse, status: number, message: string) =>
    sendRetellError(res, status, status === 500 ? `${MESSAGES[500]} (${message})` : message);
  return startFake({ handle: handleRetell, sendError }, state, options);
}
