import { Ratelimit } from "@upstash/ratelimit";
import type Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestRedis, uniqueTestPrefix, waitForWindowWithRoom } from "./test-redis";
import { IoredisUpstashAdapter } from "./upstash-adapter";

let redis: Redis;
let adapter: IoredisUpstashAdapter;
const prefix = uniqueTestPrefix("adapter");

beforeAll(async () => {
  redis = await openTestRedis();
  adapter = new IoredisUpstashAdapter(redis);
});

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

describe("IoredisUpstashAdapter", () => {
  it("runs @upstash/ratelimit's sliding-window script on this Redis until the limit is spent", async () => {
    const ratelimit = new Ratelimit({
      redis: adapter,
      limiter: Ratelimit.slidingWindow(3, "10 s"),
      prefix,
      ephemeralCache: false,
      enableTelemetry: false,
    });
    await waitForWindowWithRoom(10_000);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await ratelimit.limit("sliding"));

    expect(results.map((r) => r.success)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    // A Redis failure would surface as the library's fail-open "timeout", never as a count.
    expect(results.every((r) => r.reason === undefined)).toBe(true);
    const [counterKey] = await redis.keys(`${prefix}:sliding:*`);
    expect(await redis.get(counterKey!)).toBe("3");
  });

  it("runs the fixed-window script too", async () => {
    const ratelimit = new Ratelimit({
      redis: adapter,
      limiter: Ratelimit.fixedWindow(2, "10 s"),
      prefix,
      ephemeralCache: false,
      enableTelemetry: false,
    });
    await waitForWindowWithRoom(10_000);
    const successes = [];
    for (let i = 0; i < 3; i++) successes.push((await ratelimit.limit("fixed")).success);
    expect(successes).toEqual([true, true, false]);
  });

  it("answers evalsha with NOSCRIPT so the library falls back to eval", async () => {
    await expect(adapter.evalsha("0123", [], [])).rejects.toThrow(/^NOSCRIPT/);
  });

  it("strips the shebang Redis 7.0 rejects and passes keys and arguments through", async () => {
    const script = "#!lua flags=allow-key-locking\nreturn {KEYS[1], ARGV[1], ARGV[2]}";
    expect(await adapter.eval(script, [`${prefix}:k`], [42, "x"])).toEqual([`${prefix}:k`, "42", "x"]);
  });

  it("stores values as JSON and honours set options, like @upstash/redis", async () => {
    const key = `${prefix}:json`;
    expect(await adapter.set(key, { limit: 120 }, { px: 60_000 })).toBe("OK");
    expect(await adapter.get(key)).toEqual({ limit: 120 });
    expect(await redis.pttl(key)).toBeGreaterThan(50_000);
    expect(await adapter.set(key, "other", { nx: true })).toBeNull();
    expect(await adapter.get(`${prefix}:missing`)).toBeNull();
  });
});
