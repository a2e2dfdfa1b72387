// Messages name the provider and the action, never the URL or headers: both can carry API keys.

type CallIdentity = { providerId: string; providerName: string; action: string };

/** Every attempt failed without an answer from the provider (timeouts, refused or dropped connections). */
export class ProviderNetworkError extends Error {
  override readonly name = "ProviderNetworkError";
  readonly providerId: string;
  readonly action: string;
  readonly reason: "timeout" | "network";
  readonly code: string | undefined;
  readonly attempts: number;

  constructor(call: CallIdentity & { reason: "timeout" | "network"; code?: string; attempts: number; timeoutMs: number }) {
    const what =
      call.reason === "timeout"
        ? `${call.providerName} did not answer within ${formatDuration(call.timeoutMs)}`
        : `${call.providerName} could not be reached (${call.code ?? "network error"})`;
    super(`${what} (${call.action}, ${call.attempts} ${call.attempts === 1 ? "attempt" : "attempts"})`);
    this.providerId = call.providerId;
    this.action = call.action;
    this.reason = call.reason;
    this.code = call.code;
    this.attempts = call.attempts;
  }
}

/** Our own limiter kept the call waiting past its budget: too many calls to this provider at once. */
export class ProviderRateLimitWaitError extends Error {
  override readonly name = "ProviderRateLimitWaitError";
  readonly providerId: string;
  readonly action: string;

  constructor(call: CallIdentity & { limit: { requests: number; windowMs: number }; maxWaitMs: number }) {
    super(
      `Too many ${call.providerName} requests at once: no slot within ${formatDuration(call.maxWaitMs)} under its ` +
        `limit of ${call.limit.requests} per ${formatDuration(call.limit.windowMs)} (${call.action}); try again later`,
    );
    this.providerId = call.providerId;
    this.action = call.action;
  }
}

export function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
