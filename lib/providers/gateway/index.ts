// One gateway every provider call goes through: rate limit, timeouts, retries, metrics.
export {
  createProviderFetch,
  type ProviderFetch,
  type ProviderFetchOptions,
  type ProviderRequestInit,
} from "./gateway";
export { ProviderNetworkError, ProviderRateLimitWaitError } from "./errors";
export type { ProviderCallMetric } from "./metrics";
export {
  MemoryRateLimiter,
  UpstashRateLimiter,
  rateLimiterFromEnv,
  type RateLimit,
  type RateLimitDecision,
  type RateLimiter,
} from "./rate-limiter";
