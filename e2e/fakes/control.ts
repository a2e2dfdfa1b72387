/**
 * The control API of every fake, under `/__fake/`. These paths are NOT part of
 * Cal.com's or Retell's API: they exist so a test running in another process
 * (Playwright, a dev shell with curl) can flip the same switches an in-process
 * test flips on `fake.state`. They ignore auth, latency and failure modes, so
 * a test can always switch a hanging fake back.
 *
 *   GET    /__fake/state        current switches
 *   POST   /__fake/mode         {mode?: "none"|"error500"|"hang", latencyMs?: number}
 *   POST   /__fake/keys         {validKeys: string[]}            replaces the list
 *   POST   /__fake/rate-limit   {limit?: number|null, windowMs?: number}  also clears counters
 *   DELETE /__fake/rate-limit   clears the per-key counters only
 *   GET    /__fake/requests     logged non-control requests, oldest first
 *   DELETE /__fake/requests     clears the log
 *   POST   /__fake/reset        everything back to start-up state, data re-seeded
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, sendJson } from "./http";
import { FAILURE_MODES, type FailureMode, type FakeState } from "./state";

export const CONTROL_PREFIX = "/__fake/";

type ControlResult = { status: number; body: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNonNegativeInt(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function bad(message: string): ControlResult {
  return { status: 400, body: { error: message } };
}

function setMode(state: FakeState<unknown>, body: Record<string, unknown>): ControlResult {
  const { mode, latencyMs } = body;
  if (mode !== undefined && !FAILURE_MODES.includes(mode as FailureMode)) {
    return bad(`mode must be one of ${FAILURE_MODES.join(", ")}`);
  }
  if (latencyMs !== undefined && !isNonNegativeInt(latencyMs)) {
    return bad("latencyMs must be a non-negative integer");
  }
  state.setMode((mode as FailureMode | undefined) ?? state.mode, latencyMs);
  return { status: 200, body: state.switches() };
}

function setKeys(state: FakeState<unknown>, body: Record<string, unknown>): ControlResult {
  const keys = body.validKeys;
  if (!Array.isArray(keys) || !keys.every((key) => typeof key === "string" && key !== "")) {
    return bad("validKeys must be an array of non-empty strings");
  }
  state.setValidKeys(keys as string[]);
  return { status: 200, body: state.switches() };
}

function setRateLimit(state: FakeState<unknown>, body: Record<string, unknown>): ControlResult {
  const { limit, windowMs } = body;
  if (limit !== undefined && limit !== null && !isNonNegativeInt(limit)) {
    return bad("limit must be a non-negative integer or null (off)");
  }
  if (windowMs !== undefined && !(isNonNegativeInt(windowMs) && windowMs > 0)) {
    return bad("windowMs must be a positive integer");
  }
  state.setRateLimit({
    ...(limit !== undefined ? { limit: limit as number | null } : {}),
    ...(windowMs !== undefined ? { windowMs: windowMs as number } : {}),
  });
  return { status: 200, body: state.switches() };
}

function route(
  state: FakeState<unknown>,
  method: string,
  path: string,
  body: Record<string, unknown>,
): ControlResult {
  switch (`${method} ${path}`) {
    case "GET /__fake/state":
      return { status: 200, body: state.switches() };
    case "POST /__fake/mode":
      return setMode(state, body);
    case "POST /__fake/keys":
      return setKeys(state, body);
    case "POST /__fake/rate-limit":
      return setRateLimit(state, body);
    case "DELETE /__fake/rate-limit":
      state.resetRateLimitCounters();
      return { status: 200, body: state.switches() };
    case "GET /__fake/requests":
      return { status: 200, body: { requests: state.requests } };
    case "DELETE /__fake/requests":
      state.requests.length = 0;
      return { status: 200, body: { requests: [] } };
    case "POST /__fake/reset":
      state.reset();
      return { status: 200, body: state.switches() };
    default:
      return { status: 404, body: { error: `no control endpoint ${method} ${path}` } };
  }
}

export async function handleControl(
  state: FakeState<unknown>,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  let body: unknown;
  try {
    body = (await readBody(req)).json;
  } catch (error) {
    sendJson(res, 400, { error: (error as Error).message });
    return;
  }
  if (body !== undefined && body !== null && !isRecord(body)) {
    sendJson(res, 400, { error: "body must be a JSON object" });
    return;
  }
  const result = route(state, req.method ?? "GET", path, (body ?? {}) as Record<string, unknown>);
  sendJson(res, result.status, result.body);
}
