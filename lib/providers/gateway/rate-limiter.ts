import "server-only";
import { Ratelimit } from "@upstash/ratelimit";
import { env } from "@/lib/env";
import { sharedRedis } from "@/lib/redis/connection";
import { IoredisUpstashAdapter, type UpstashRedisAdapter } from "@/lib/redis/upstash-adapter";

export type RateLimit = { requests: number; windowMs: number };
export type RateLimitDecision = { allowed: boolean; retryInMs: number };

/** Hands out request slots per key; a refusal says how long to wait before asking again. */
export interface RateLimiter {
  acquire(key: string, limit: RateLimit): Promise<RateLimitDecision>;
}

/**
 * An exact sliding window (the start times of the last `requests` calls) held in this process:
 * the embedded default, where no Redis exists and so no other process calls the provider.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly startsByKey = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(key: string, { requests, windowMs }: RateLimit): Promise<RateLimitDecision> {
    const at = this.now();
    const recent = (this.startsByKey.get(key) ?? []).filter((start) => start > at - windowMs);
    this.startsByKey.set(key, recent);
    if (recent.length < requests) {
      recent.push(at);
      return { allowed: true, retryInMs: 0 };
    }
    // The slot frees when the oldest of the last `requests` calls leaves the window.
    return { allowed: false, retryInMs: recent[recent.length - requests]! + windowMs - at };
  }
}

/**
 * @upstash/ratelimit's sliding window in Redis, so every process and server shares one budget per
 * key. One Ratelimit per distinct limit, because the library fixes the limit at construction.
 */
export class UpstashRateLimiter implements RateLimiter {
  private readonly byLimit = new Map<string, Ratelimit>();
  private failing = false;

  constructor(
    private readonly redis: UpstashRedisAdapter,
    private readonly prefix = "hub:provider",
  ) {}

  async acquire(key: string, limit: RateLimit): Promise<RateLimitDecision> {
    try {
      const result = await this.ratelimitFor(limit).limit(key);
      this.failing = false;
      if (result.success) return { allowed: true, retryInMs: 0 };
      // `reset` is the end of the current window, but the sliding window frees slots before it as
      // the previous window's weight fades: ask again after about one slot's share of the window.
      const untilReset = Math.max(0, result.reset - Date.now());
      return { allowed: false, retryInMs: Math.min(untilReset, Math.ceil(limit.windowMs / limit.requests)) };
    } catch (error) {
      // Fail open: a sync should not stop because Redis is away, and the provider's own 429s
      // (with Retry-After) still slow us down. Logged once per outage, not once per request.
      if (!this.failing) console.warn(`[gateway] rate limiter unavailable, letting requests through: ${message(error)}`);
      this.failing = true;
      return { allowed: true, retryInMs: 0 };
    }
  }

  private ratelimitFor({ requests, windowMs }: RateLimit): Ratelimit {
    const id = `${requests}/${windowMs}`;
    let ratelimit = this.byLimit.get(id);
    if (!ratelimit) {
      ratelimit = new Ratelimit({
        redis: this.redis,
        prefix: this.prefix,
        limiter: Ratelimit.slidingWindow(requests, `${windowMs} ms`),
        // The library lets a request through when Redis has not answered by then.
        timeout: 2_000,
        // Its local cache refuses a key until the window ends, hiding slots the sliding window frees sooner.
        ephemeralCache: false,
        enableTelemetry: false,
      });
      this.byLimit.set(id, ratelimit);
    }
    return ratelimit;
  }
}

// Cached on globalThis so every gateway in the process shares one budget per key (and dev-mode
// module reloads keep it); rebuilt when REDIS_URL changes, which only tests do.
const globalForLimiter = globalThis as unknown as {
  hubProviderRateLimiter?: { redisUrl: string | undefined; limiter: RateLimiter };
};

/** Redis-backed (one budget across processes) when REDIS_URL is set, else in this process's memory. */
export function rateLimiterFromEnv(): RateLimiter {
  const redisUrl = env().REDIS_URL;
  const cached = globalForLimiter.hubProviderRateLimiter;
  if (cached && cached.redisUrl === redisUrl) return cached.limiter;
  const redis = sharedRedis();
  const limiter = redis ? new UpstashRateLimiter(new IoredisUpstashAdapter(redis)) : new MemoryRateLimiter();
  globalForLimiter.hubProviderRateLimiter = { redisUrl, limiter };
  return limiter;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
