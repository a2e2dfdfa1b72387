import "server-only";
import Redis from "ioredis";
import { env } from "@/lib/env";

// One connection per process; the cache lives on globalThis so dev-mode module reloads reuse it.
const globalForRedis = globalThis as unknown as { hubRedis?: Redis };

/**
 * A connection that suits callers with a fallback: commands fail after one reconnect attempt
 * instead of queueing while Redis is away, and an outage is logged once, not on every retry.
 */
export function createRedisConnection(url: string): Redis {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  let outageReported = false;
  // Without an "error" listener ioredis prints every failed reconnect as an unhandled error event.
  redis.on("error", (error: Error) => {
    if (outageReported) return;
    outageReported = true;
    console.warn(`[redis] connection problem: ${error.message}`);
  });
  redis.on("ready", () => {
    outageReported = false;
  });
  return redis;
}

/** The process's shared connection to REDIS_URL, created on first use; null when REDIS_URL is unset. */
export function sharedRedis(): Redis | null {
  const url = env().REDIS_URL;
  if (!url) return null;
  globalForRedis.hubRedis ??= createRedisConnection(url);
  return globalForRedis.hubRedis;
}

/** Closes the shared connection (graceful shutdown, tests); the next sharedRedis() opens a new one. */
export async function closeSharedRedis(): Promise<void> {
  const redis = globalForRedis.hubRedis;
  globalForRedis.hubRedis = undefined;
  if (!redis) return;
  await redis.quit().catch(() => redis.disconnect());
}
