import type { ProviderContext, SyncedRecordInput, SyncSink } from "./types";

/** One call a provider made through `ctx.fetch`, as the provider named it. */
export type RecordedCall = { action: string; url: string; method: string; retryable: boolean | undefined };

/**
 * A ProviderContext for provider unit tests: `fetch` is plain fetch, because the gateway (retries,
 * rate limit, metrics) belongs to someone else and has its own tests. `timeoutMs` stands in for the
 * gateway's per-attempt timeout so a hanging fake fails fast.
 */
export function providerTestContext<Config>(options: { baseUrl: string; config: Config; timeoutMs?: number }) {
  const calls: RecordedCall[] = [];
  const ctx: ProviderContext<Config> = {
    tenantId: "tenant-test",
    integrationId: "integration-test",
    baseUrl: options.baseUrl,
    config: options.config,
    fetch: async (action, input, init = {}) => {
      const { retryable, signal, ...request } = init;
      calls.push({ action, url: String(input), method: (request.method ?? "GET").toUpperCase(), retryable });
      const signals = [signal, options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : undefined];
      const active = signals.filter((s): s is AbortSignal => s instanceof AbortSignal);
      return fetch(input, { ...request, signal: active.length > 0 ? AbortSignal.any(active) : undefined });
    },
  };
  return { ctx, calls };
}

/** A SyncSink that keeps what it is given, page by page, for assertions. */
export function memorySink() {
  const pages: { kind: string; records: SyncedRecordInput[] }[] = [];
  const sink: SyncSink = {
    async upsert(kind, records) {
      pages.push({ kind, records });
    },
  };
  const recordsOf = (kind: string) => pages.filter((page) => page.kind === kind).flatMap((page) => page.records);
  return { sink, pages, recordsOf };
}
