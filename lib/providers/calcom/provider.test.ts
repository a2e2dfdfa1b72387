import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CALCOM_KEYS, startCalcomFake, type CalcomFake } from "@/e2e/fakes/calcom/server";
import { providerTestContext } from "../provider-test-context";
import { CALCOM_API_VERSIONS } from "./client";
import { calcomProvider } from "./index";
import { syncCalcom } from "./sync";

const KEY = DEFAULT_CALCOM_KEYS[0];

let fake: CalcomFake;
beforeAll(async () => {
  fake = await startCalcomFake({ port: 0 });
});
afterEach(() => fake.state.reset());
afterAll(() => fake.close());

function context(config: { apiKey?: string } = { apiKey: KEY }, timeoutMs?: number) {
  return providerTestContext({ baseUrl: fake.url, config, timeoutMs });
}

describe("the Cal.com client sends exactly the headers and paths of the real API", () => {
  it("tests the connection with GET /v2/me, a Bearer key and no version header", async () => {
    const { ctx, calls } = context();
    const test = await calcomProvider.testConnection(ctx);
    expect(test).toEqual({ ok: true, account: { id: "1001", name: "Anna Schmidt", email: "anna@example.com" } });
    expect(fake.state.requests).toHaveLength(1);
    const [request] = fake.state.requests;
    expect(request).toMatchObject({ method: "GET", path: "/v2/me", query: {} });
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.headers).not.toHaveProperty("cal-api-version");
    expect(calls.map((call) => call.action)).toEqual(["me"]);
  });

  it("discovers event types with cal-api-version 2024-06-14", async () => {
    const options = await calcomProvider.discover(context().ctx, "eventTypes");
    expect(options).toHaveLength(4);
    expect(options[0]).toEqual({ value: "2001", label: "Intro call", hint: "15 min · /intro-call" });
    const [request] = fake.state.requests;
    expect(request).toMatchObject({ method: "GET", path: "/v2/event-types" });
    expect(request?.headers["cal-api-version"]).toBe(CALCOM_API_VERSIONS.eventTypes);
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("syncs with the right version per endpoint family and pages bookings with take/skip", async () => {
    const { ctx, calls } = context();
    await syncCalcom(ctx, { upsert: async () => {} }, {}, { pageSize: 10 });
    const requests = fake.state.requests.map((r) => ({ method: r.method, path: r.path, query: r.query, version: r.headers["cal-api-version"] }));
    expect(requests).toEqual([
      { method: "GET", path: "/v2/me", query: {}, version: undefined },
      { method: "GET", path: "/v2/event-types", query: {}, version: "2024-06-14" },
      { method: "GET", path: "/v2/bookings", query: { take: "10", skip: "0", sortCreated: "asc" }, version: "2024-08-13" },
      { method: "GET", path: "/v2/bookings", query: { take: "10", skip: "10", sortCreated: "asc" }, version: "2024-08-13" },
      { method: "GET", path: "/v2/bookings", query: { take: "10", skip: "20", sortCreated: "asc" }, version: "2024-08-13" },
    ]);
    expect(fake.state.requests.every((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    expect(calls.map((call) => call.action)).toEqual(["me", "list-event-types", "list-bookings", "list-bookings", "list-bookings"]);
  });

  it("asks for bookings updated since the previous run's cursor", async () => {
    const state = { bookingsUpdatedAfter: "2025-03-01T00:00:00.000Z", bookingUidsAtCursor: [] };
    await syncCalcom(context().ctx, { upsert: async () => {} }, state, { pageSize: 50 });
    const bookings = fake.state.requests.find((r) => r.path === "/v2/bookings");
    expect(bookings?.query).toEqual({ take: "50", skip: "0", afterUpdatedAt: "2025-03-01T00:00:00.000Z", sortCreated: "asc" });
  });
});

describe("Cal.com errors", () => {
  it("a wrong key fails the test with Cal.com's own message, never the key", async () => {
    const wrongKey = "cal_live_wrong_key_9999";
    const test = await calcomProvider.testConnection(context({ apiKey: wrongKey }).ctx);
    expect(test.ok).toBe(false);
    const error = test.ok ? "" : test.error;
    expect(error).toContain("Your api key is not valid");
    expect(error).toContain("401");
    expect(error).not.toContain(wrongKey);
  });

  it("a 500 fails the test with a readable reason", async () => {
    fake.state.setMode("error500");
    const test = await calcomProvider.testConnection(context().ctx);
    expect(test).toEqual({ ok: false, error: "Cal.com answered 500: fake provider failure (mode error500)" });
  });

  it("a provider that never answers fails the test once the timeout passes", async () => {
    fake.state.setMode("hang");
    const test = await calcomProvider.testConnection(context({ apiKey: KEY }, 200).ctx);
    expect(test.ok).toBe(false);
    expect(test.ok ? "" : test.error).toMatch(/^Cal\.com could not be reached: .*timeout/);
  });

  it("a missing key fails the test without calling Cal.com", async () => {
    const test = await calcomProvider.testConnection(context({}).ctx);
    expect(test).toEqual({ ok: false, error: "Enter your Cal.com API key." });
    expect(fake.state.requests).toHaveLength(0);
  });

  it("sync throws the Cal.com error so the runner can record it", async () => {
    await expect(calcomProvider.sync(context({ apiKey: "cal_live_wrong" }).ctx, { upsert: async () => {} }, {})).rejects.toMatchObject({
      name: "ProviderResponseError",
      status: 401,
      providerMessage: "Your api key is not valid",
    });
  });

  it("refuses an unknown discovery source", async () => {
    await expect(calcomProvider.discover(context().ctx, "rooms")).rejects.toThrow(/no list called "rooms"/);
  });
});
