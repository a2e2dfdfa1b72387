import { z } from "zod";
import type { ProviderContext, SyncedRecordInput, SyncOutcome, SyncSink } from "../types";
import type { CalcomBooking, CalcomEventType, CalcomHost, CalcomMe } from "./api-shapes";
import { createCalcomClient, type CalcomClient } from "./client";
import type { CalcomConfig } from "./manifest";

/** Cal.com accepts 1..250; 100 keeps each answer small while a typical account needs a page or two. */
export const BOOKINGS_PAGE_SIZE = 100;

/**
 * The next run asks for bookings updated after a cursor no later than this long before the run
 * started, so a booking updated while we were paging (possibly already past it) is fetched again,
 * even if Cal.com's clock runs a little ahead of ours.
 */
const CURSOR_SAFETY_MARGIN_MS = 5 * 60_000;

/** Saved between runs. `afterUpdatedAt` is inclusive, so the bookings exactly at the cursor come back. */
const calcomSyncStateShape = z.object({
  // Checked, because a malformed cursor would make every later run fail with Cal.com's 400.
  bookingsUpdatedAfter: z.iso.datetime(),
  /** Bookings already stored with updatedAt equal to the cursor: skipped if they come back unchanged. */
  bookingUidsAtCursor: z.array(z.string()).default([]),
});
type CalcomSyncState = z.output<typeof calcomSyncStateShape>;

export type CalcomSyncOptions = { pageSize?: number; now?: () => number };

/**
 * Users (the key's owner and booking hosts), event types, then bookings: everything on the first
 * run, afterwards only bookings updated since the previous run.
 */
export async function syncCalcom(
  ctx: ProviderContext<Partial<CalcomConfig>>,
  sink: SyncSink,
  previousState: Record<string, unknown>,
  options: CalcomSyncOptions = {},
): Promise<SyncOutcome> {
  const startedAt = (options.now ?? Date.now)();
  const client = createCalcomClient(ctx);
  const me = await client.me();
  const eventTypes = await client.eventTypes();
  await sink.upsert("event_types", eventTypes.map((eventType) => ({ externalId: String(eventType.id), data: eventType })));

  // A state we cannot read (older format, hand-edited) means a full sync, never a failed one.
  const previous = calcomSyncStateShape.safeParse(previousState);
  const bookings = await syncBookings(client, sink, previous.success ? previous.data : undefined, {
    pageSize: options.pageSize ?? BOOKINGS_PAGE_SIZE,
    cursorLimitMs: startedAt - CURSOR_SAFETY_MARGIN_MS,
  });

  const users = collectUsers(me, eventTypes, bookings.hosts);
  await sink.upsert("users", users);
  return {
    records: { users: users.length, event_types: eventTypes.length, bookings: bookings.count },
    state: bookings.nextState ?? {},
  };
}

async function syncBookings(
  client: CalcomClient,
  sink: SyncSink,
  previous: CalcomSyncState | undefined,
  options: { pageSize: number; cursorLimitMs: number },
) {
  const previousCursorMs = previous ? Date.parse(previous.bookingsUpdatedAfter) : undefined;
  const unchangedAtCursor = new Set(previous?.bookingUidsAtCursor);
  const changedAtByUid = new Map<string, number>();
  const hosts: CalcomHost[] = [];
  let count = 0;
  let newestChangeMs: number | undefined;

  for (let skip = 0; ; ) {
    const page = await client.bookingsPage({ take: options.pageSize, skip, afterUpdatedAt: previous?.bookingsUpdatedAfter });
    skip += page.bookings.length;
    const fresh = page.bookings.filter((booking) => {
      // A booking created while we page shifts the rest by one: the last one comes round again.
      if (changedAtByUid.has(booking.uid)) return false;
      const changedAt = changedAtMs(booking);
      changedAtByUid.set(booking.uid, changedAt);
      return !(unchangedAtCursor.has(booking.uid) && changedAt === previousCursorMs);
    });
    for (const booking of fresh) newestChangeMs = Math.max(newestChangeMs ?? -Infinity, changedAtMs(booking));
    await sink.upsert("bookings", fresh.map(bookingRecord));
    hosts.push(...fresh.flatMap((booking) => booking.hosts));
    count += fresh.length;
    if (!page.hasNextPage) break;
  }

  const cursorMs = newestChangeMs === undefined ? previousCursorMs : Math.min(newestChangeMs, options.cursorLimitMs);
  const nextState: CalcomSyncState | undefined =
    // NaN: a booking with an unreadable date; no cursor means the next run is a full one, never a wrong one.
    cursorMs === undefined || Number.isNaN(cursorMs)
      ? undefined
      : {
          bookingsUpdatedAfter: new Date(cursorMs).toISOString(),
          bookingUidsAtCursor: [...changedAtByUid].filter(([, changedAt]) => changedAt === cursorMs).map(([uid]) => uid),
        };
  return { count, hosts, nextState };
}

/** Cal.com may leave `updatedAt` out for a booking never changed since it was created. */
function changedAtMs(booking: CalcomBooking): number {
  return Date.parse(booking.updatedAt ?? booking.createdAt);
}

function bookingRecord(booking: CalcomBooking): SyncedRecordInput {
  return { externalId: booking.uid, data: booking };
}

type UserData = { id: number; name: string | null; email: string; username: string | null; timeZone: string | null };

/**
 * Everyone Cal.com names with an email: staff are matched by email, so a user without one (event
 * type users carry none in API version 2024-06-14) could never be matched and is left out.
 */
function collectUsers(me: CalcomMe, eventTypes: CalcomEventType[], hosts: CalcomHost[]): SyncedRecordInput[] {
  type Person = { id: number; name?: string | null; email?: string | null; username?: string | null; timeZone?: string | null };
  const candidates: Person[] = [me, ...hosts, ...eventTypes.flatMap((eventType) => eventType.users ?? [])];
  const users = new Map<number, UserData>();
  for (const person of candidates) {
    // The first mention wins field by field; later ones only fill what it left blank.
    const known = users.get(person.id);
    const email = known?.email ?? person.email;
    if (!email) continue;
    users.set(person.id, {
      id: person.id,
      name: known?.name ?? person.name ?? null,
      email,
      username: known?.username ?? person.username ?? null,
      timeZone: known?.timeZone ?? person.timeZone ?? null,
    });
  }
  return [...users.values()].map((user) => ({ externalId: String(user.id), data: user }));
}
