import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { sharedRedis } from "@/lib/redis/connection";

export type ComponentHealth = { status: "ok" | "down"; latencyMs: number; error?: string };
export type HealthReport = {
  status: "ok" | "down";
  down: string[];
  components: Record<string, ComponentHealth>;
};

const TIMEOUT_MS = 3000;

async function probe(check: () => Promise<unknown>): Promise<ComponentHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { status: "ok", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // Only the error's first line: driver messages may name hosts but never credentials.
    const message = error instanceof Error ? error.message.split("\n")[0] : "unreachable";
    return { status: "down", latencyMs: Math.round(performance.now() - started), error: message };
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(): Promise<HealthReport> {
  const checks: Record<string, () => Promise<unknown>> = {
    app: async () => true,
    database: async () => (await getDb()).execute(sql`select 1`),
  };
  // The same connection the rate limits use; null when REDIS_URL is not configured.
  const redis = sharedRedis();
  if (redis) checks.redis = () => redis.ping();
  const entries = await Promise.all(Object.entries(checks).map(async ([name, fn]) => [name, await probe(fn)] as const));
  const components = Object.fromEntries(entries);
  const down = entries.filter(([, c]) => c.status === "down").map(([name]) => name);
  return { status: down.length ? "down" : "ok", down, components };
}
