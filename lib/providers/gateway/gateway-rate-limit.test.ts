import type Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestRedis, uniqueTestPrefix, waitForWindowWithRoom } from "@/lib/redis/test-redis";
import { IoredisUpstashAdapter } from "@/lib/redis/upstash-adapter";
import { ProviderRateLimitWaitError } from "./errors";
import { recordingSleep, startFakeProvider, type FakeProviderServer } from "./fake-provider-server";
import { createProviderFetch, type ProviderFetchOptions } from "./gateway";
import { MemoryRateLimiter, UpstashRateLimiter, type RateLimiter } from "./rate-limiter";

const THREE_PER_SECOND = { requests: 3, windowMs: 1000 };
const prefix = uniqueTestPrefix("gateway-limit");
let redis: Redis;
let server: FakeProviderServer;

beforeAll(async () => {
  redis = await openTestRedis();
  server = await startFakeProvider(() => ({ status: 200 }));
});

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await server.close();
});

function gatewayFetch(options: Pick<ProviderFetchOptions, "rateLimit" | "limiter" | "sleep"> & Partial<ProviderFetchOptions>) {
  return createProviderFetch({
    providerId: "calcom",
    providerName: "Cal.com",
    tenantId: crypto.randomUUID(),
    integrationId: crypto.randomUUID(),
    ...options,
  });
}

describe("the gateway under a limit of 3 per second", () => {
  it.each<[string, () => RateLimiter]>([
    ["in memory", () => new MemoryRateLimiter()],
    ["in Redis (Upstash)", () => new UpstashRateLimiter(new IoredisUpstashAdapter(redis), prefix)],
  ])("holds the 4th call until a slot frees (%s)", async (_name, makeLimiter) => {
    const waits: number[] = [];
    const fetch = gatewayFetch({
      rateLimit: THREE_PER_SECOND,
      limiter: makeLimiter(),
      sleep: async (ms) => {
        waits.push(ms);
        await new Promise((resolve) => setTimeout(resolve, ms));
      },
    });
    const first = server.requests.length;
    await waitForWindowWithRoom(THREE_PER_SECOND.windowMs);
    for (let i = 0; i < 3; i++) await fetch("me", `${server.url}/v2/me`);
    expect(waits).toEqual([]);
    const response = await fetch("me", `${server.url}/v2/me`);
    expect(response.status).toBe(200);
    expect(waits.length).toBeGreaterThan(0);
    expect(waits.every((ms) => ms > 0 && ms <= 1000)).toBe(true);
    expect(server.requests.length - first).toBe(4);
  });

  it("gives up with a clear error when no slot frees within the wait budget", async () => {
    const { sleep, waits } = recordingSleep();
    const fetch = gatewayFetch({
      integrationId: null,
      rateLimit: { requests: 1, windowMs: 60_000 },
      limiter: new MemoryRateLimiter(),
      maxRateLimitWaitMs: 30_000,
      sleep,
    });
    const first = server.requests.length;
    expect((await fetch("me", `${server.url}/v2/me`)).status).toBe(200);
    const error = await fetch("me", `${server.url}/v2/me`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderRateLimitWaitError);
    expect((error as Error).message).toMatch(/^Too many Cal.com requests at once: no slot within 30 s/);
    expect(waits).toEqual([]);
    expect(server.requests.length - first).toBe(1);
  });

  it("waits up to a whole window by default, longer than 30 s when the window is", async () => {
    let clock = 1_000_000;
    const waits: number[] = [];
    const fetch = gatewayFetch({
      rateLimit: { requests: 1, windowMs: 40_000 },
      limiter: new MemoryRateLimiter(() => clock),
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    expect((await fetch("me", `${server.url}/v2/me`)).status).toBe(200);
    clock += 1_000;
    expect((await fetch("me", `${server.url}/v2/me`)).status).toBe(200);
    expect(waits).toEqual([39_000]);
  });
});
