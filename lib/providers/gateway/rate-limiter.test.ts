import type Redis from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { closeSharedRedis, createRedisConnection } from "@/lib/redis/connection";
import { openTestRedis, testRedisUrl, uniqueTestPrefix, waitForWindowWithRoom } from "@/lib/redis/test-redis";
import { IoredisUpstashAdapter } from "@/lib/redis/upstash-adapter";
import { MemoryRateLimiter, UpstashRateLimiter, rateLimiterFromEnv } from "./rate-limiter";

const THREE_PER_SECOND = { requests: 3, windowMs: 1000 };
const prefix = uniqueTestPrefix("limiter");
let redis: Redis;

beforeAll(async () => {
  redis = await openTestRedis();
});

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  resetEnvCache();
  await closeSharedRedis();
});

const upstashLimiter = () => new UpstashRateLimiter(new IoredisUpstashAdapter(redis), prefix);

describe("MemoryRateLimiter", () => {
  it("refuses the 4th request in the window, says when a slot frees, and keeps keys apart", async () => {
    let clock = 10_000;
    const limiter = new MemoryRateLimiter(() => clock);
    for (const offset of [0, 100, 200]) {
      clock = 10_000 + offset;
      expect(await limiter.acquire("integration:a", THREE_PER_SECOND)).toEqual({ allowed: true, retryInMs: 0 });
    }
    clock = 10_300;
    expect(await limiter.acquire("integration:a", THREE_PER_SECOND)).toEqual({ allowed: false, retryInMs: 700 });
    expect((await limiter.acquire("integration:b", THREE_PER_SECOND)).allowed).toBe(true);
    clock = 11_001;
    expect((await limiter.acquire("integration:a", THREE_PER_SECOND)).allowed).toBe(true);
    expect((await limiter.acquire("integration:a", THREE_PER_SECOND)).allowed).toBe(false);
  });
});

describe("UpstashRateLimiter", () => {
  it("refuses the 4th request in the window from Redis, asking again after about one slot's share", async () => {
    const limiter = upstashLimiter();
    await waitForWindowWithRoom(THREE_PER_SECOND.windowMs);
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.acquire("integration:upstash", THREE_PER_SECOND));
    expect(decisions.slice(0, 3).every((d) => d.allowed)).toBe(true);
    expect(decisions[3]!.allowed).toBe(false);
    expect(decisions[3]!.retryInMs).toBeGreaterThan(0);
    expect(decisions[3]!.retryInMs).toBeLessThanOrEqual(334);
    // Another instance (another process, in production) sees the same spent budget.
    expect((await upstashLimiter().acquire("integration:upstash", THREE_PER_SECOND)).allowed).toBe(false);
  });

  it("lets requests through, logging once, when Redis cannot be reached", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const absent = createRedisConnection("redis://127.0.0.1:1");
    const limiter = new UpstashRateLimiter(new IoredisUpstashAdapter(absent), prefix);
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.acquire("integration:offline", THREE_PER_SECOND));
    absent.disconnect();
    expect(decisions.every((d) => d.allowed)).toBe(true);
    expect(warn.mock.calls.filter(([line]) => String(line).includes("rate limiter unavailable"))).toHaveLength(1);
  });
});

describe("rateLimiterFromEnv", () => {
  it("keeps the budget in memory without REDIS_URL and in Redis with it, one limiter per process", () => {
    vi.stubEnv("REDIS_URL", "");
    resetEnvCache();
    expect(rateLimiterFromEnv()).toBeInstanceOf(MemoryRateLimiter);
    expect(rateLimiterFromEnv()).toBe(rateLimiterFromEnv());
    vi.stubEnv("REDIS_URL", testRedisUrl());
    resetEnvCache();
    expect(rateLimiterFromEnv()).toBeInstanceOf(UpstashRateLimiter);
  });
});
