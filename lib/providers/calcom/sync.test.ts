import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CALCOM_KEYS, startCalcomFake, type CalcomFake } from "@/e2e/fakes/calcom/server";
import { memorySink, providerTestContext } from "../provider-test-context";
import type { SyncSink } from "../types";
import { syncCalcom } from "./sync";

let fake: CalcomFake;
beforeAll(async () => {
  fake = await startCalcomFake({ port: 0 });
});
afterEach(() => fake.state.reset());
afterAll(() => fake.close());

const ctx = () => providerTestContext({ baseUrl: fake.url, config: { apiKey: DEFAULT_CALCOM_KEYS[0] } }).ctx;
const newestUpdate = () => new Date(Math.max(...fake.state.data.bookings.map((b) => Date.parse(b.updatedAt)))).toISOString();

describe("Cal.com sync", () => {
  it("the first run stores every event type and booking and the users, counted per kind", async () => {
    const { sink, recordsOf } = memorySink();
    const outcome = await syncCalcom(ctx(), sink, {}, { pageSize: 10 });

    expect(outcome.records).toEqual({
      users: 3,
      event_types: fake.state.data.eventTypes.length,
      bookings: fake.state.data.bookings.length,
    });
    expect(recordsOf("bookings").map((r) => r.externalId).sort()).toEqual(fake.state.data.bookings.map((b) => b.uid).sort());
    expect(recordsOf("event_types").map((r) => r.externalId)).toEqual(["2001", "2002", "2003", "2004"]);
    // The key's owner and every booking host, with the emails staff are matched by.
    expect(recordsOf("users").map((r) => r.data.email)).toEqual(["anna@example.com", "ben@example.com", "chloe@example.com"]);
    expect(outcome.state).toMatchObject({ bookingsUpdatedAfter: newestUpdate() });
  });

  it("stores a trimmed booking: no booking-form answers or metadata", async () => {
    const { sink, recordsOf } = memorySink();
    await syncCalcom(ctx(), sink, {});
    const [first] = recordsOf("bookings");
    expect(first?.data).toHaveProperty("attendees");
    expect(first?.data).toHaveProperty("hosts");
    expect(first?.data).not.toHaveProperty("bookingFieldsResponses");
    expect(first?.data).not.toHaveProperty("metadata");
  });

  it("a second run fetches only the booking updated since, without the one at the cursor", async () => {
    const first = await syncCalcom(ctx(), memorySink().sink, {});
    const bumped = fake.state.data.bookings[3]!;
    bumped.updatedAt = new Date(Date.parse(newestUpdate()) + 60_000).toISOString();
    fake.state.requests.length = 0;

    const { sink, recordsOf } = memorySink();
    const second = await syncCalcom(ctx(), sink, first.state, { pageSize: 10 });

    const asked = fake.state.requests.find((r) => r.path === "/v2/bookings");
    expect(asked?.query.afterUpdatedAt).toBe(first.state.bookingsUpdatedAfter);
    // The fake's filter is inclusive, so it also answered the booking at the old cursor: skipped.
    expect(recordsOf("bookings").map((r) => r.externalId)).toEqual([bumped.uid]);
    expect(second.records.bookings).toBe(1);
    expect(second.state).toEqual({ bookingsUpdatedAfter: bumped.updatedAt, bookingUidsAtCursor: [bumped.uid] });

    const third = await syncCalcom(ctx(), memorySink().sink, second.state);
    expect(third.records.bookings).toBe(0);
    expect(third.state).toEqual(second.state);
  });

  it("a booking created while paging shifts the pages: no duplicates, and the next run picks it up", async () => {
    const bookings = fake.state.data.bookings;
    const late = { ...bookings[0]!, id: 9999, uid: "created-while-paging", createdAt: "2024-01-01T00:00:00.000Z" };
    let pages = 0;
    const { sink, recordsOf } = memorySink();
    const insertingSink: SyncSink = {
      async upsert(kind, records) {
        await sink.upsert(kind, records);
        // Sorted by creation, the new booking lands before everything already paged.
        if (kind === "bookings" && ++pages === 1) bookings.push({ ...late, updatedAt: new Date().toISOString() });
      },
    };
    const first = await syncCalcom(ctx(), insertingSink, {}, { pageSize: 10 });
    const uids = recordsOf("bookings").map((r) => r.externalId);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toHaveLength(25);

    const next = memorySink();
    await syncCalcom(ctx(), next.sink, first.state);
    expect(next.recordsOf("bookings").map((r) => r.externalId)).toContain(late.uid);
  });

  it("keeps the cursor a safety margin behind its own clock, so changes made during the run come again", async () => {
    const now = Date.parse(newestUpdate()) + 60_000; // the newest change is 1 minute old at run start
    const outcome = await syncCalcom(ctx(), memorySink().sink, {}, { now: () => now });
    expect(outcome.state).toEqual({ bookingsUpdatedAfter: new Date(now - 5 * 60_000).toISOString(), bookingUidsAtCursor: [] });
  });

  it("an unreadable state means a full sync", async () => {
    for (const state of [{ bookingsUpdatedAfter: 42 }, { bookingsUpdatedAfter: "last tuesday" }]) {
      fake.state.requests.length = 0;
      const outcome = await syncCalcom(ctx(), memorySink().sink, state);
      expect(outcome.records.bookings).toBe(25);
      expect(fake.state.requests.find((r) => r.path === "/v2/bookings")?.query).not.toHaveProperty("afterUpdatedAt");
    }
  });
});
