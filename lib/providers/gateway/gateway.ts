import "server-only";
import { setTimeout as wait } from "node:timers/promises";
import type { Executor } from "@/db";
import { ProviderNetworkError, ProviderRateLimitWaitError } from "./errors";
import { recordProviderCall, type ProviderCallMetric } from "./metrics";
import { rateLimiterFromEnv, type RateLimit, type RateLimiter } from "./rate-limiter";
import { backoffMs, classifyFetchFailure, isIdempotent, retryDelayAfterResponse } from "./retry-policy";

export type ProviderRequestInit = RequestInit & {
  /**
   * May this request be sent again after a 5xx, a timeout or a dropped connection? Defaults to
   * true for GET, HEAD, OPTIONS, PUT and DELETE, false otherwise: set it on POSTs that only read
   * (Retell's list-agents, list-calls). A 429, or a connection that never opened, is retried for
   * every request, since the provider did not act on it. Bodies must be replayable (not streams).
   */
  retryable?: boolean;
};

/** Resolves with the final response whatever its status; the caller maps 4xx/5xx to its own errors. */
export type ProviderFetch = (action: string, input: string | URL, init?: ProviderRequestInit) => Promise<Response>;

export type ProviderFetchOptions = {
  providerId: string;
  /** For error messages: "Cal.com did not answer within 10 s". */
  providerName: string;
  tenantId: string;
  integrationId: string | null;
  /** The provider's limit (manifest.rateLimit), per integration, or per tenant without one. */
  rateLimit: RateLimit;
  /** Where the per-call metric goes. Prefer the app database: a transaction that rolls back loses it. */
  db?: Executor;
  limiter?: RateLimiter;
  /** Per attempt. */
  timeoutMs?: number;
  maxRetries?: number;
  /**
   * Total time one call may wait for a slot from our own limiter before giving up. Defaults to
   * 30 s or one rate-limit window if longer: after a burst (Cal.com: 120 calls in 20 s) the next
   * slot frees only when the window has passed, and a sync must be able to wait for it.
   */
  maxRateLimitWaitMs?: number;
  /** Longest Retry-After we honour; beyond it the 429 (or 503) is returned at once. */
  maxRetryAfterMs?: number;
  /** Called once per logical call, with or without an integration or a db. */
  onMetric?: (metric: ProviderCallMetric) => void;
  /** Injectable so tests can record waits instead of sleeping. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
};

type Settings = Required<Omit<ProviderFetchOptions, "db" | "onMetric" | "integrationId">> &
  Pick<ProviderFetchOptions, "db" | "onMetric" | "integrationId">;

type CallState = { action: string; attempts: number; rateLimitWaitMs: number };

/** fetch for one integration (or tenant): rate limit, per-attempt timeout, retries, one metric per call. */
export function createProviderFetch(options: ProviderFetchOptions): ProviderFetch {
  const settings: Settings = {
    ...options,
    limiter: options.limiter ?? rateLimiterFromEnv(),
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRetries: options.maxRetries ?? 3,
    maxRateLimitWaitMs: options.maxRateLimitWaitMs ?? Math.max(30_000, options.rateLimit.windowMs),
    maxRetryAfterMs: options.maxRetryAfterMs ?? 30_000,
    sleep: options.sleep ?? ((ms, signal) => wait(ms, undefined, { signal })),
    now: options.now ?? Date.now,
  };
  return async (action, input, init = {}) => {
    const started = settings.now();
    const call: CallState = { action, attempts: 0, rateLimitWaitMs: 0 };
    let response: Response | undefined;
    try {
      response = await sendWithRetries(call, input, init, settings);
      return response;
    } finally {
      const status = response?.status ?? null;
      await report(settings, {
        providerId: settings.providerId,
        tenantId: settings.tenantId,
        integrationId: settings.integrationId,
        action,
        success: status !== null && status < 400,
        status,
        attempts: call.attempts,
        durationMs: settings.now() - started,
      });
    }
  };
}

async function sendWithRetries(call: CallState, input: string | URL, init: ProviderRequestInit, s: Settings) {
  const { retryable, signal, ...request } = init;
  const callerSignal = signal ?? undefined;
  const idempotent = isIdempotent(request.method, retryable);
  for (let retryIndex = 0; ; retryIndex++) {
    await waitForRateLimitSlot(call, s, callerSignal);
    call.attempts++;
    const timeout = AbortSignal.timeout(s.timeoutMs);
    const isLastAttempt = retryIndex >= s.maxRetries;
    let response: Response;
    try {
      const attemptSignal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
      // Answers hold tenant data fetched with tenant secrets: keep them out of Next's data cache.
      response = await fetch(input, { cache: "no-store", ...request, signal: attemptSignal });
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      const failure = classifyFetchFailure(error, timeout.aborted);
      if (isLastAttempt || (failure.sent && !idempotent)) {
        const { reason, code } = failure;
        throw new ProviderNetworkError({ ...identity(call, s), reason, code, attempts: call.attempts, timeoutMs: s.timeoutMs });
      }
      await s.sleep(backoffMs(retryIndex), callerSignal);
      continue;
    }
    const context = { idempotent, retryIndex, nowMs: s.now(), maxRetryAfterMs: s.maxRetryAfterMs };
    const delayMs = isLastAttempt ? null : retryDelayAfterResponse(response, context);
    if (delayMs === null) return response;
    await response.body?.cancel(); // frees the connection for the next attempt
    await s.sleep(delayMs, callerSignal);
  }
}

/** Slows down before the provider refuses: waits out our own limiter, within the call's budget. */
async function waitForRateLimitSlot(call: CallState, s: Settings, callerSignal: AbortSignal | undefined) {
  const key = s.integrationId ? `integration:${s.integrationId}` : `provider:${s.providerId}:tenant:${s.tenantId}`;
  for (;;) {
    const { allowed, retryInMs } = await s.limiter.acquire(key, s.rateLimit);
    if (allowed) return;
    // At a window's edge a limiter may answer "0 ms"; a short pause keeps this from spinning.
    const waitMs = Math.max(retryInMs, 10);
    if (call.rateLimitWaitMs + waitMs > s.maxRateLimitWaitMs) {
      throw new ProviderRateLimitWaitError({ ...identity(call, s), limit: s.rateLimit, maxWaitMs: s.maxRateLimitWaitMs });
    }
    call.rateLimitWaitMs += waitMs;
    await s.sleep(waitMs, callerSignal);
  }
}

async function report(s: Settings, metric: ProviderCallMetric) {
  try {
    s.onMetric?.(metric);
  } catch (error) {
    console.warn(`[gateway] onMetric failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (s.db && metric.integrationId) await recordProviderCall(s.db, { ...metric, integrationId: metric.integrationId });
}

function identity(call: CallState, s: Settings) {
  return { providerId: s.providerId, providerName: s.providerName, action: call.action };
}
