import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { closeSharedRedis, createRedisConnection, sharedRedis } from "./connection";
import { testRedisUrl } from "./test-redis";

afterEach(async () => {
  await closeSharedRedis();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  resetEnvCache();
});

function useRedisUrl(url: string) {
  vi.stubEnv("REDIS_URL", url);
  resetEnvCache();
}

describe("sharedRedis", () => {
  it("is null without REDIS_URL, so callers pick their embedded fallback", () => {
    useRedisUrl("");
    expect(sharedRedis()).toBeNull();
  });

  it("hands every caller the same connection, and a new one after closeSharedRedis", async () => {
    useRedisUrl(testRedisUrl());
    const first = sharedRedis();
    expect(sharedRedis()).toBe(first);
    expect(await first!.ping()).toBe("PONG");
    await closeSharedRedis();
    expect(sharedRedis()).not.toBe(first);
  });
});

describe("createRedisConnection", () => {
  it("fails commands when Redis is absent instead of crashing or hanging, and logs the outage once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // Port 1 on this machine refuses connections.
    const redis = createRedisConnection("redis://127.0.0.1:1");
    await expect(redis.ping()).rejects.toThrow();
    await expect(redis.ping()).rejects.toThrow();
    redis.disconnect();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/ECONNREFUSED/);
  });
});
