import { env } from "@/lib/env";
import { createRedisConnection } from "./connection";

/** Redis for tests: REDIS_URL when set, else the usual local server (CI starts one). */
export function testRedisUrl(): string {
  const url = env().REDIS_URL ?? "redis://127.0.0.1:6379";
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local Redis host "${host}"`);
  }
  return url;
}

/** A connected client, with a clear message when no Redis is running rather than a timeout. */
export async function openTestRedis() {
  const url = testRedisUrl();
  const redis = createRedisConnection(url);
  try {
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`These tests need a Redis at ${url} (start one with \`redis-server\`): ${reason}`);
  }
  return redis;
}

/** Keys of one test run, so parallel runs and leftovers never meet. */
export function uniqueTestPrefix(name: string): string {
  return `hub:test:${name}:${crypto.randomUUID()}`;
}

/**
 * Upstash's sliding window counts a burst that straddles a window edge partly in each window, so
 * a test expecting the (N+1)-th call to be refused first waits until the window has room left.
 */
export async function waitForWindowWithRoom(windowMs: number, roomMs = Math.min(windowMs / 2, 500)): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < roomMs) await new Promise((resolve) => setTimeout(resolve, left + 5));
}
