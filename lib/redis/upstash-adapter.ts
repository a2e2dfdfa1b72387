import type { RatelimitConfig } from "@upstash/ratelimit";
import type Redis from "ioredis";

type UpstashRedis = RatelimitConfig["redis"];
type SetOptions = Parameters<UpstashRedis["set"]>[2];

/**
 * What @upstash/ratelimit calls on its `redis`: its types name evalsha/get/set, and on a NOSCRIPT
 * error it falls back to `eval(script, keys, args)` (see `safeEval` in the library).
 */
export type UpstashRedisAdapter = UpstashRedis & { eval: UpstashRedis["evalsha"] };

// Redis 7.0 rejects the library's `#!lua flags=allow-key-locking` first line ("Unexpected flag in
// script shebang"). Without a shebang the script runs in the classic mode, which these scripts need
// nothing beyond.
const SHEBANG_LINE = /^#!lua[^\n]*\n/;

/** Makes a TCP Redis (ioredis) usable where @upstash/ratelimit expects an @upstash/redis client. */
export class IoredisUpstashAdapter implements UpstashRedisAdapter {
  constructor(private readonly redis: Redis) {}

  /**
   * The library hashes the script with its shebang, which this server would never accept, so no
   * such sha can exist here: answering NOSCRIPT makes the library send the script through eval.
   */
  async evalsha<TArgs extends unknown[], TData = unknown>(sha: string, keys: string[], args: TArgs): Promise<TData> {
    void [sha, keys, args];
    throw new Error("NOSCRIPT No matching script. Please use EVAL.");
  }

  async eval<TArgs extends unknown[], TData = unknown>(script: string, keys: string[], args: TArgs): Promise<TData> {
    const body = script.replace(SHEBANG_LINE, "");
    return (await this.redis.eval(body, keys.length, ...keys, ...args.map(toRedisArgument))) as TData;
  }

  /** Like @upstash/redis: values written as JSON come back parsed, anything else as the raw string. */
  async get<TData>(key: string): Promise<TData | null> {
    const raw = await this.redis.get(key);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as TData;
    } catch {
      return raw as TData;
    }
  }

  async set<TData>(key: string, value: TData, options?: SetOptions): Promise<"OK" | TData | null> {
    const modifiers: (string | number)[] = [];
    if (options?.ex !== undefined) modifiers.push("EX", options.ex);
    if (options?.px !== undefined) modifiers.push("PX", options.px);
    if (options?.exat !== undefined) modifiers.push("EXAT", options.exat);
    if (options?.pxat !== undefined) modifiers.push("PXAT", options.pxat);
    if (options?.keepTtl) modifiers.push("KEEPTTL");
    if (options?.nx) modifiers.push("NX");
    if (options?.xx) modifiers.push("XX");
    if (options?.get) modifiers.push("GET");
    const reply = await this.redis.call("SET", key, toRedisArgument(value), ...modifiers);
    return reply as "OK" | TData | null;
  }
}

/** @upstash/redis sends arguments as JSON; over RESP everything is a string. */
function toRedisArgument(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  return typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
}
