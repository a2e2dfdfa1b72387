import { afterEach, describe, expect, it } from "vitest";
import type { ProviderContext } from "@/lib/providers/types";
import { startFakeProvider, closedPortUrl, recordingSleep, type FakeProviderServer, type FakeReply } from "./fake-provider-server";
import { ProviderNetworkError } from "./errors";
import { createProviderFetch, type ProviderFetchOptions, type ProviderRequestInit } from "./gateway";
import { MemoryRateLimiter } from "./rate-limiter";

let server: FakeProviderServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fakeAnswering(...replies: FakeReply[]) {
  server = await startFakeProvider((index) => replies[Math.min(index, replies.length - 1)]!);
  return server;
}

function gatewayFetch(overrides: Partial<ProviderFetchOptions> = {}) {
  const { waits, sleep } = recordingSleep();
  const fetch = createProviderFetch({
    providerId: "calcom",
    providerName: "Cal.com",
    tenantId: crypto.randomUUID(),
    integrationId: crypto.randomUUID(),
    rateLimit: { requests: 1000, windowMs: 1000 },
    limiter: new MemoryRateLimiter(),
    sleep,
    ...overrides,
  });
  return { fetch, waits };
}

describe("createProviderFetch retries", () => {
  it("is what ProviderContext.fetch expects, and takes `retryable` from a ProviderRequestInit", async () => {
    const fake = await fakeAnswering({ status: 500 }, { status: 200 });
    const { fetch } = gatewayFetch();
    const contextFetch: ProviderContext["fetch"] = fetch;
    const init: ProviderRequestInit = { method: "POST", retryable: true };
    expect((await contextFetch("list-calls", `${fake.url}/v3/list-calls`, init)).status).toBe(200);
    expect(fake.requests).toHaveLength(2);
  });

  it("waits the Retry-After seconds of a 429, then returns the 200", async () => {
    const fake = await fakeAnswering({ status: 429, headers: { "retry-after": "2" } }, { status: 200 });
    const { fetch, waits } = gatewayFetch();
    const response = await fetch("list-bookings", `${fake.url}/v2/bookings`);
    expect(response.status).toBe(200);
    expect(waits).toEqual([2000]);
    expect(fake.requests).toHaveLength(2);
  });

  it("reads a Retry-After HTTP date against the clock", async () => {
    const now = 1_700_000_000_000;
    const retryAt = new Date(now + 5000).toUTCString();
    const fake = await fakeAnswering({ status: 429, headers: { "retry-after": retryAt } }, { status: 200 });
    const { fetch, waits } = gatewayFetch({ now: () => now });
    expect((await fetch("me", `${fake.url}/v2/me`)).status).toBe(200);
    expect(waits).toEqual([5000]);
  });

  it("returns a 429 at once when its Retry-After is longer than we hold a request", async () => {
    const fake = await fakeAnswering({ status: 429, headers: { "retry-after": "120" } }, { status: 200 });
    const { fetch, waits } = gatewayFetch();
    expect((await fetch("me", `${fake.url}/v2/me`)).status).toBe(429);
    expect(waits).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it("backs off exponentially through 500, 500 and returns the 200", async () => {
    const fake = await fakeAnswering({ status: 500 }, { status: 500 }, { status: 200 });
    const { fetch, waits } = gatewayFetch();
    expect((await fetch("me", `${fake.url}/v2/me`)).status).toBe(200);
    expect(fake.requests).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(125);
    expect(waits[0]).toBeLessThanOrEqual(250);
    expect(waits[1]).toBeGreaterThanOrEqual(250);
    expect(waits[1]).toBeLessThanOrEqual(500);
  });

  it("hands back the last 5xx once the retries are spent", async () => {
    const fake = await fakeAnswering({ status: 503 });
    const { fetch } = gatewayFetch({ maxRetries: 2 });
    expect((await fetch("me", `${fake.url}/v2/me`)).status).toBe(503);
    expect(fake.requests).toHaveLength(3);
  });

  it("returns a 401 at once after a single attempt", async () => {
    const fake = await fakeAnswering({ status: 401 }, { status: 200 });
    const { fetch, waits } = gatewayFetch();
    expect((await fetch("me", `${fake.url}/v2/me`)).status).toBe(401);
    expect(fake.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it("times out each attempt and throws ProviderNetworkError after maxRetries + 1 attempts", async () => {
    const fake = await fakeAnswering("hang");
    const { fetch } = gatewayFetch({ timeoutMs: 100, maxRetries: 2 });
    const call = fetch("me", `${fake.url}/v2/me`, { headers: { authorization: "Bearer cal_live_secret123" } });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderNetworkError);
    expect((error as ProviderNetworkError).message).toBe("Cal.com did not answer within 100 ms (me, 3 attempts)");
    expect(fake.requests).toHaveLength(3);
    expect(JSON.stringify(error) + String(error)).not.toContain("cal_live_secret123");
  });

  it("does not retry a POST on 500 unless it is marked retryable", async () => {
    const fake = await fakeAnswering({ status: 500 }, { status: 500 }, { status: 200 });
    const { fetch } = gatewayFetch();
    expect((await fetch("create-booking", `${fake.url}/v2/bookings`, { method: "POST", body: "{}" })).status).toBe(500);
    expect(fake.requests).toHaveLength(1);

    const listAgents = await fetch("list-agents", `${fake.url}/v2/list-agents`, { method: "POST", retryable: true });
    expect(listAgents.status).toBe(200);
    expect(fake.requests.map((r) => r.path)).toEqual(["/v2/bookings", "/v2/list-agents", "/v2/list-agents"]);
  });

  it("retries a POST on 429, which the provider refused without acting", async () => {
    const fake = await fakeAnswering({ status: 429, headers: { "retry-after": "1" } }, { status: 201 });
    const { fetch } = gatewayFetch();
    expect((await fetch("create-booking", `${fake.url}/v2/bookings`, { method: "POST" })).status).toBe(201);
    expect(fake.requests.map((r) => r.method)).toEqual(["POST", "POST"]);
  });

  it("does not retry a POST that timed out, since the provider may have acted on it", async () => {
    const fake = await fakeAnswering("hang");
    const { fetch } = gatewayFetch({ timeoutMs: 100 });
    await expect(fetch("create-booking", `${fake.url}/v2/bookings`, { method: "POST" })).rejects.toThrow(
      ProviderNetworkError,
    );
    expect(fake.requests).toHaveLength(1);
  });

  it("retries even a POST whose connection was refused, then names the refusal", async () => {
    const { fetch, waits } = gatewayFetch({ maxRetries: 2 });
    const error = await fetch("create-booking", `${await closedPortUrl()}/v2/bookings`, { method: "POST" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProviderNetworkError);
    expect((error as ProviderNetworkError).code).toBe("ECONNREFUSED");
    expect((error as ProviderNetworkError).attempts).toBe(3);
    expect((error as Error).message).toMatch(/^Cal.com could not be reached \(ECONNREFUSED\)/);
    expect(waits).toHaveLength(2);
  });

  it("stops at once when the caller aborts, without retrying", async () => {
    const fake = await fakeAnswering("hang");
    const { fetch } = gatewayFetch({ timeoutMs: 5_000 });
    const controller = new AbortController();
    const call = fetch("me", `${fake.url}/v2/me`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(fake.requests).toHaveLength(1);
  });
});
