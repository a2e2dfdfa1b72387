/**
 * The switches a test flips on a fake, and the log of what the fake was asked.
 * One `FakeState` per running fake; tests in the same process use it directly
 * (`fake.state.setMode("hang")`), tests in another process (Playwright) go
 * through the `/__fake/*` control endpoints in `control.ts`, which call the
 * same methods.
 */

export const FAILURE_MODES = ["none", "error500", "hang"] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

/** `limit: null` turns rate limiting off. Fixed window per API key. */
export interface RateLimitConfig {
  limit: number | null;
  windowMs: number;
}

export interface LoggedRequest {
  at: string;
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  /** Lowercased names, as Node gives them; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Parsed JSON, the raw text when it was not JSON, or null when empty. */
  body: unknown;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window for this key resets. */
  resetSeconds: number;
}

export interface FakeDefaults<TData> {
  validKeys: readonly string[];
  rateLimit: RateLimitConfig;
  seed: () => TData;
}

/** A long dev session or a chatty test must not grow the log without end. */
const MAX_LOGGED_REQUESTS = 2_000;

export class FakeState<TData> {
  mode: FailureMode = "none";
  latencyMs = 0;
  validKeys: Set<string>;
  rateLimit: RateLimitConfig;
  /** Seeded data; tests may edit it in process (e.g. bump a booking's updatedAt). */
  data: TData;
  readonly requests: LoggedRequest[] = [];

  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly hangWaiters = new Set<() => void>();

  constructor(private readonly defaults: FakeDefaults<TData>) {
    this.validKeys = new Set(defaults.validKeys);
    this.rateLimit = { ...defaults.rateLimit };
    this.data = defaults.seed();
  }

  setMode(mode: FailureMode, latencyMs?: number): void {
    this.mode = mode;
    if (latencyMs !== undefined) this.latencyMs = latencyMs;
    // Requests parked by "hang" carry on as soon as the mode changes.
    if (mode !== "hang") this.releaseHungRequests();
  }

  setValidKeys(keys: readonly string[]): void {
    this.validKeys = new Set(keys);
  }

  /** Changing the limit also starts every key's window afresh. */
  setRateLimit(config: Partial<RateLimitConfig>): void {
    this.rateLimit = { ...this.rateLimit, ...config };
    this.windows.clear();
  }

  resetRateLimitCounters(): void {
    this.windows.clear();
  }

  /** Back to the state of a freshly started fake, data included. */
  reset(): void {
    this.setMode("none", 0);
    this.validKeys = new Set(this.defaults.validKeys);
    this.rateLimit = { ...this.defaults.rateLimit };
    this.windows.clear();
    this.requests.length = 0;
    this.data = this.defaults.seed();
  }

  logRequest(entry: LoggedRequest): void {
    this.requests.push(entry);
    if (this.requests.length > MAX_LOGGED_REQUESTS) this.requests.shift();
  }

  /** Counts one request for `key` and says whether it may go through. */
  takeRateToken(key: string, now = Date.now()): RateDecision | null {
    const { limit, windowMs } = this.rateLimit;
    if (limit === null) return null;
    let window = this.windows.get(key);
    if (!window || now - window.start >= windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
    return {
      allowed: window.count <= limit,
      limit,
      remaining: Math.max(0, limit - window.count),
      resetSeconds,
    };
  }

  /**
   * Resolves true once the fake leaves "hang" mode, or false if the client
   * went away first (then nothing should be written to the response).
   */
  waitWhileHanging(isGone: () => boolean, onGone: (cb: () => void) => void): Promise<boolean> {
    if (this.mode !== "hang") return Promise.resolve(true);
    if (isGone()) return Promise.resolve(false);
    return new Promise((resolve) => {
      const release = () => {
        this.hangWaiters.delete(release);
        resolve(true);
      };
      this.hangWaiters.add(release);
      onGone(() => {
        this.hangWaiters.delete(release);
        resolve(false);
      });
    });
  }

  get hungRequestCount(): number {
    return this.hangWaiters.size;
  }

  switches() {
    return {
      mode: this.mode,
      latencyMs: this.latencyMs,
      validKeys: [...this.validKeys],
      rateLimit: this.rateLimit,
      hungRequests: this.hangWaiters.size,
      loggedRequests: this.requests.length,
    };
  }

  private releaseHungRequests(): void {
    for (const release of [...this.hangWaiters]) release();
  }
}
