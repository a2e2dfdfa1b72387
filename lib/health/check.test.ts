import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "@/db";
import { resetEnvCache } from "@/lib/env";
import { closeSharedRedis } from "@/lib/redis/connection";
import { openTestDatabase } from "@/lib/testing/db";
import { checkHealth } from "./check";

const savedRedisUrl = process.env.REDIS_URL;

beforeAll(async () => {
  useDatabaseForTests(await openTestDatabase());
});

afterEach(async () => {
  process.env.REDIS_URL = savedRedisUrl;
  resetEnvCache();
  await closeSharedRedis();
});

async function withRedisUrl(url: string | undefined) {
  if (url === undefined) delete process.env.REDIS_URL;
  else process.env.REDIS_URL = url;
  resetEnvCache();
  await closeSharedRedis();
  return checkHealth();
}

describe("health check", () => {
  it("is ok with the database and, when configured, Redis", async () => {
    expect(await withRedisUrl(undefined)).toMatchObject({ status: "ok", down: [] });
    const report = await withRedisUrl("redis://127.0.0.1:6379");
    expect(report).toMatchObject({ status: "ok", components: { redis: { status: "ok" }, database: { status: "ok" } } });
  });

  it("names Redis when it does not answer", async () => {
    const report = await withRedisUrl("redis://127.0.0.1:1");
    expect(report.status).toBe("down");
    expect(report.down).toEqual(["redis"]);
    expect(report.components.redis?.error).toBeTruthy();
  });
});
