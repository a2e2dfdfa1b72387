import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RETELL_KEYS, startRetellFake, type RetellFake } from "@/e2e/fakes/retell/server";
import { createProviderFetch, MemoryRateLimiter } from "../gateway";
import { providerTestContext } from "../provider-test-context";
import { actionFor } from "./client";
import { retellProvider } from "./index";
import { syncRetell } from "./sync";

const KEY = DEFAULT_RETELL_KEYS[0];

let fake: RetellFake;
beforeAll(async () => {
  fake = await startRetellFake({ port: 0 });
});
afterEach(() => fake.state.reset());
afterAll(() => fake.close());

function context(config: { apiKey?: string } = { apiKey: KEY }, timeoutMs?: number) {
  return providerTestContext({ baseUrl: fake.url, config, timeoutMs });
}

describe("the Retell client (retell-sdk through ctx.fetch) sends exactly the paths of the real API", () => {
  it("tests the connection by listing one agent: POST /v2/list-agents?limit=1 with a Bearer key", async () => {
    const { ctx, calls } = context();
    expect(await retellProvider.testConnection(ctx)).toEqual({ ok: true, account: {} });
    expect(fake.state.requests).toHaveLength(1);
    const [request] = fake.state.requests;
    expect(request).toMatchObject({ method: "POST", path: "/v2/list-agents", query: { limit: "1" } });
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    // The gateway, not the SDK, decides on retries: a list is safe to send again.
    expect(calls).toEqual([{ action: "list-agents", url: `${fake.url}/v2/list-agents?limit=1`, method: "POST", retryable: true }]);
  });

  it("discovers agents as options", async () => {
    const options = await retellProvider.discover(context().ctx, "agents");
    expect(options.map((o) => o.label).sort()).toEqual(["After-hours triage", "Appointment reminders", "Front desk receptionist"]);
    expect(options.map((o) => o.value).sort()).toEqual(fake.state.data.agents.map((a) => a.agent_id).sort());
    expect(options[0]?.hint).toBe("voice");
  });

  it("syncs agents from /v2/list-agents and pages calls on /v3/list-calls with pagination_key", async () => {
    const { ctx, calls } = context();
    await syncRetell(ctx, { upsert: async () => {} }, {}, { pageSize: 10 });
    const requests = fake.state.requests.map((r) => ({ method: r.method, path: r.path, query: r.query, body: r.body }));
    const listed = fakeCallIdsNewestFirst();
    expect(requests).toEqual([
      { method: "POST", path: "/v2/list-agents", query: { limit: "10" }, body: {} },
      { method: "POST", path: "/v3/list-calls", query: {}, body: { limit: 10, sort_order: "descending" } },
      { method: "POST", path: "/v3/list-calls", query: {}, body: { limit: 10, sort_order: "descending", pagination_key: listed[9] } },
      { method: "POST", path: "/v3/list-calls", query: {}, body: { limit: 10, sort_order: "descending", pagination_key: listed[19] } },
    ]);
    expect(fake.state.requests.every((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    expect(calls.map((c) => c.action)).toEqual(["list-agents", "list-calls", "list-calls", "list-calls"]);
  });

  it("names gateway actions after the operation, never an id", () => {
    expect(actionFor("/v2/list-agents")).toBe("list-agents");
    expect(actionFor("/v3/list-calls")).toBe("list-calls");
    expect(actionFor("/get-agent/ag_123")).toBe("get-agent");
  });
});

describe("Retell errors", () => {
  it("a wrong key fails the test with Retell's own message, never the key", async () => {
    const wrongKey = "key_wrong_0002";
    const test = await retellProvider.testConnection(context({ apiKey: wrongKey }).ctx);
    expect(test).toEqual({ ok: false, error: "Retell AI answered 401: API key is missing or invalid." });
    expect(JSON.stringify(test)).not.toContain(wrongKey);
  });

  it("a 500 fails the test with a readable reason", async () => {
    fake.state.setMode("error500");
    const test = await retellProvider.testConnection(context().ctx);
    expect(test.ok).toBe(false);
    expect(test.ok ? "" : test.error).toMatch(/^Retell AI answered 500: An unexpected server error occurred/);
  });

  it("a provider that never answers fails the test with the transport's reason, not the SDK's generic one", async () => {
    fake.state.setMode("hang");
    const test = await retellProvider.testConnection(context({ apiKey: KEY }, 200).ctx);
    expect(test.ok).toBe(false);
    expect(test.ok ? "" : test.error).toMatch(/^Retell AI could not be reached: .*timeout/);
  });

  it("through the real gateway, the gateway's own error reaches the user, not the SDK's \"Request timed out.\"", async () => {
    fake.state.setMode("hang");
    const { ctx } = context();
    ctx.fetch = createProviderFetch({
      providerId: "retell",
      providerName: "Retell AI",
      tenantId: ctx.tenantId,
      integrationId: null,
      rateLimit: { requests: 100, windowMs: 1000 },
      limiter: new MemoryRateLimiter(),
      timeoutMs: 200,
      maxRetries: 0,
    });
    const test = await retellProvider.testConnection(ctx);
    expect(test).toEqual({ ok: false, error: "Retell AI did not answer within 200 ms (list-agents, 1 attempt)" });
  });

  it("a missing key fails the test without calling Retell (the SDK would read RETELL_API_KEY)", async () => {
    expect(await retellProvider.testConnection(context({}).ctx)).toEqual({ ok: false, error: "Enter your Retell API key." });
    await expect(retellProvider.sync(context({}).ctx, { upsert: async () => {} }, {})).rejects.toThrow(/No Retell AI API key/);
    expect(fake.state.requests).toHaveLength(0);
  });

  it("sync throws the Retell error so the runner can record it", async () => {
    await expect(retellProvider.sync(context({ apiKey: "key_wrong" }).ctx, { upsert: async () => {} }, {})).rejects.toMatchObject({
      name: "ProviderResponseError",
      status: 401,
      providerMessage: "API key is missing or invalid.",
    });
  });
});

/** The fake's call ids in list order: newest first, ties by id. */
function fakeCallIdsNewestFirst(): string[] {
  return [...fake.state.data.calls]
    .sort((a, b) => (b.start_timestamp ?? 0) - (a.start_timestamp ?? 0) || a.call_id.localeCompare(b.call_id))
    .map((c) => c.call_id);
}
