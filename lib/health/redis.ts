import "server-only";
import Redis from "ioredis";

const globalForRedis = globalThis as unknown as { hubHealthRedis?: Redis };

function healthConnection(url: string): Redis {
  if (!globalForRedis.hubHealthRedis) {
    // Fail fast instead of queueing commands while Redis is away; errors surface through ping().
    const redis = new Redis(url, { maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 2000 });
    redis.on("error", () => {});
    globalForRedis.hubHealthRedis = redis;
  }
  return globalForRedis.hubHealthRedis;
}

export async function pingRedis(url: string): Promise<void> {
  await healthConnection(url).ping();
}
