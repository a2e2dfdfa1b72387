import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CALCOM_BOOKING_COUNT } from "./data";
import type { CalcomBooking } from "./types";
import { DEFAULT_CALCOM_KEYS, startCalcomFake, type CalcomFake } from "./server";

const KEY = DEFAULT_CALCOM_KEYS[0];
const BOOKINGS_VERSION = { "cal-api-version": "2024-08-13" };

let fake: CalcomFake;

beforeAll(async () => {
  fake = await startCalcomFake();
});
afterEach(() => fake.state.reset());
afterAll(() => fake.close());

function get(path: string, headers: Record<string, string> = {}, init: RequestInit = {}) {
  return fetch(`${fake.url}${path}`, { ...init, headers: { authorization: `Bearer ${KEY}`, ...headers } });
}

function control(path: string, method: string, body?: unknown) {
  return fetch(`${fake.url}/__fake/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function bookingsPage(query: string): Promise<{ data: CalcomBooking[]; pagination: Record<string, unknown> }> {
  const res = await get(`/v2/bookings?${query}`, BOOKINGS_VERSION);
  expect(res.status).toBe(200);
  return (await res.json()) as { data: CalcomBooking[]; pagination: Record<string, unknown> };
}

describe("auth", () => {
  it("answers /v2/me for a valid key, without a version header (others family defaults)", async () => {
    const res = await get("/v2/me");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "success", data: { id: 1001, email: "anna@example.com" } });
  });

  it("rejects a bad key with the Cal.com error envelope", async () => {
    const res = await get("/v2/me", { authorization: "Bearer cal_live_not_a_real_key" });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      status: "error",
      path: "/v2/me",
      error: { code: "UnauthorizedException", message: "Your api key is not valid" },
    });
  });

  it("rejects a request without Authorization", async () => {
    const res = await fetch(`${fake.url}/v2/me`);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/No authentication method provided/);
  });

  it("takes new valid keys over HTTP", async () => {
    await control("keys", "POST", { validKeys: ["cal_live_rotated"] });
    expect((await get("/v2/me")).status).toBe(401);
    expect((await get("/v2/me", { authorization: "Bearer cal_live_rotated" })).status).toBe(200);
  });
});

describe("cal-api-version", () => {
  it("answers 400 when bookings are asked without the header", async () => {
    const res = await get("/v2/bookings");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { status: string; error: { code: string; message: string } };
    expect(body.status).toBe("error");
    expect(body.error.code).toBe("BadRequestException");
    expect(body.error.message).toContain("2024-08-13");
  });

  it("answers 400 for event types with the bookings version, 200 with their own", async () => {
    expect((await get("/v2/event-types", BOOKINGS_VERSION)).status).toBe(400);
    const res = await get("/v2/event-types", { "cal-api-version": "2024-06-14" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { id: number; slug: string; lengthInMinutes: number }[] };
    expect(body.data.map((eventType) => eventType.id)).toEqual([2001, 2002, 2003, 2004]);
  });
});

describe("bookings paging and incremental sync", () => {
  it("pages with take/skip and reports pagination", async () => {
    const first = await bookingsPage("take=10&skip=0");
    expect(first.data).toHaveLength(10);
    expect(first.pagination).toEqual({
      totalItems: CALCOM_BOOKING_COUNT,
      remainingItems: 15,
      returnedItems: 10,
      itemsPerPage: 10,
      currentPage: 1,
      totalPages: 3,
      hasNextPage: true,
      hasPreviousPage: false,
    });
    const last = await bookingsPage("take=10&skip=20");
    expect(last.data).toHaveLength(5);
    expect(last.pagination).toMatchObject({ currentPage: 3, hasNextPage: false, remainingItems: 0 });
    const middle = await bookingsPage("take=10&skip=10");
    const uids = new Set([...first.data, ...middle.data, ...last.data].map((booking) => booking.uid));
    expect(uids.size).toBe(CALCOM_BOOKING_COUNT);
  });

  it("validates take like the real DTO", async () => {
    const res = await get("/v2/bookings?take=251", BOOKINGS_VERSION);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { message: "take must not be greater than 250" } });
  });

  it("returns only bookings updated at or after afterUpdatedAt", async () => {
    const all = (await bookingsPage("take=250&sortUpdatedAt=asc")).data;
    const updated = all.map((booking) => booking.updatedAt);
    expect(updated).toEqual([...updated].sort());
    expect(new Set(updated).size).toBe(CALCOM_BOOKING_COUNT);

    const cursor = all[14]?.updatedAt ?? "";
    const since = await bookingsPage(`take=250&sortUpdatedAt=asc&afterUpdatedAt=${encodeURIComponent(cursor)}`);
    expect(since.data.map((booking) => booking.uid)).toEqual(all.slice(14).map((booking) => booking.uid));

    // A booking changed after the cursor shows up in the next incremental run.
    const changed = fake.state.data.bookings.find((booking) => booking.uid === all[0]?.uid);
    if (!changed) throw new Error("seed booking missing");
    changed.updatedAt = new Date(Date.parse(all[24]?.updatedAt ?? "") + 60_000).toISOString();
    changed.status = "cancelled";
    const next = await bookingsPage(`take=4&sortUpdatedAt=asc&afterUpdatedAt=${encodeURIComponent(all[24]?.updatedAt ?? "")}`);
    expect(next.data.map((booking) => [booking.uid, booking.status])).toEqual([
      [all[24]?.uid, all[24]?.status],
      [changed.uid, "cancelled"],
    ]);
  });

  it("rejects a non-ISO afterUpdatedAt", async () => {
    const res = await get("/v2/bookings?afterUpdatedAt=yesterday", BOOKINGS_VERSION);
    expect(res.status).toBe(400);
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After on the 121st request in a minute, per key", async () => {
    await control("keys", "POST", { validKeys: [KEY, "cal_live_second_key"] });
    for (let i = 0; i < 120; i += 1) {
      const res = await get("/v2/me");
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    const limited = await get("/v2/me");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("x-ratelimit-remaining-default")).toBe("0");
    expect(await limited.json()).toMatchObject({ status: "error", error: { code: "ThrottlerException" } });
    expect((await get("/v2/me", { authorization: "Bearer cal_live_second_key" })).status).toBe(200);

    await control("rate-limit", "DELETE");
    expect((await get("/v2/me")).status).toBe(200);
  });

  it("takes a smaller limit over HTTP so e2e tests stay fast", async () => {
    await control("rate-limit", "POST", { limit: 2 });
    expect((await get("/v2/me")).status).toBe(200);
    expect((await get("/v2/me")).status).toBe(200);
    expect((await get("/v2/me")).status).toBe(429);
  });
});

describe("failure modes", () => {
  it("answers 500 in mode error500, then recovers", async () => {
    await control("mode", "POST", { mode: "error500" });
    const res = await get("/v2/me");
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ status: "error", error: { code: "InternalServerErrorException" } });
    await control("mode", "POST", { mode: "none" });
    expect((await get("/v2/me")).status).toBe(200);
  });

  it("hangs until the client gives up, and releases waiting requests when switched back", async () => {
    await control("mode", "POST", { mode: "hang" });
    await expect(get("/v2/me", {}, { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    await expect.poll(() => fake.state.hungRequestCount).toBe(0);

    const waiting = get("/v2/me");
    await expect.poll(() => fake.state.hungRequestCount).toBe(1);
    await control("mode", "POST", { mode: "none" });
    expect((await waiting).status).toBe(200);
  });

  it("adds latency", async () => {
    fake.state.setMode("none", 150);
    const started = Date.now();
    expect((await get("/v2/me")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("answers 413 for an oversized body", async () => {
    const res = await get("/v2/bookings", { "content-type": "application/json" }, {
      method: "POST",
      body: JSON.stringify({ notes: "x".repeat(1_100_000) }),
    });
    expect(res.status).toBe(413);
  });
});

describe("request log", () => {
  it("records non-control requests with lowercased headers and parsed bodies", async () => {
    await control("requests", "DELETE");
    await get("/v2/bookings?take=3&skip=3", { ...BOOKINGS_VERSION, "X-Trace": "abc" });
    const res = await control("requests", "GET");
    const { requests } = (await res.json()) as { requests: Record<string, unknown>[] };
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      method: "GET",
      path: "/v2/bookings",
      query: { take: "3", skip: "3" },
      headers: { authorization: `Bearer ${KEY}`, "cal-api-version": "2024-08-13", "x-trace": "abc" },
      body: null,
    });
  });

  it("resets switches, log and data", async () => {
    await control("mode", "POST", { mode: "error500", latencyMs: 5 });
    await control("reset", "POST");
    const state = (await (await control("state", "GET")).json()) as Record<string, unknown>;
    expect(state).toMatchObject({ mode: "none", latencyMs: 0, validKeys: [KEY], loggedRequests: 0 });
  });
});
