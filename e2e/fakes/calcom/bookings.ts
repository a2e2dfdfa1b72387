/**
 * `GET /v2/bookings` (cal-api-version 2024-08-13): the query parameters of
 * `GetBookingsInput_2024_08_13` that a sync client uses, validated the way the
 * real class-validator DTO does (take 1..250, default 100; skip >= 0; strict
 * ISO 8601 dates), and the `PaginationMetaDto` the real API returns.
 */
import type { CalcomBooking } from "./types";

export interface BookingsPagination {
  totalItems: number;
  remainingItems: number;
  returnedItems: number;
  itemsPerPage: number;
  currentPage: number;
  totalPages: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export type BookingsResult =
  | { ok: true; data: CalcomBooking[]; pagination: BookingsPagination }
  | { ok: false; message: string };

const STATUSES = ["upcoming", "recurring", "past", "cancelled", "unconfirmed"] as const;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Each date filter: query name, booking field, and which side of the bound is kept. */
const DATE_FILTERS = [
  ["afterUpdatedAt", "updatedAt", "gte"],
  ["beforeUpdatedAt", "updatedAt", "lte"],
  ["afterCreatedAt", "createdAt", "gte"],
  ["beforeCreatedAt", "createdAt", "lte"],
  ["afterStart", "start", "gte"],
  ["beforeEnd", "end", "lte"],
] as const;

const SORTS = [
  ["sortStart", "start"],
  ["sortEnd", "end"],
  ["sortCreated", "createdAt"],
  ["sortUpdatedAt", "updatedAt"],
] as const;

class InvalidQuery extends Error {}

function intParam(query: URLSearchParams, name: string, min: number, max: number, fallback: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^-?\d+$/.test(raw.trim())) {
    throw new InvalidQuery(`${name} must be a number conforming to the specified constraints`);
  }
  const value = Number(raw);
  if (value < min) throw new InvalidQuery(`${name} must not be less than ${min}`);
  if (value > max) throw new InvalidQuery(`${name} must not be greater than ${max}`);
  return value;
}

function isoParam(query: URLSearchParams, name: string): number | null {
  const raw = query.get(name);
  if (raw === null) return null;
  const time = Date.parse(raw);
  if (!ISO_8601.test(raw) || Number.isNaN(time)) {
    throw new InvalidQuery(`${name} must be a valid ISO 8601 date.`);
  }
  return time;
}

function listParam(query: URLSearchParams, name: string): string[] | null {
  const raw = query.get(name);
  if (raw === null) return null;
  return raw.split(",").map((part) => part.trim()).filter((part) => part !== "");
}

function matchesStatus(booking: CalcomBooking, statuses: readonly string[], now: number): boolean {
  const ended = Date.parse(booking.end) < now;
  const dropped = booking.status === "cancelled" || booking.status === "rejected";
  return statuses.some((status) => {
    if (status === "cancelled") return dropped;
    if (status === "unconfirmed") return booking.status === "pending" && !ended;
    if (status === "upcoming") return !dropped && !ended;
    if (status === "past") return !dropped && ended;
    return false; // "recurring": the seed has no recurring bookings.
  });
}

function filterBookings(bookings: CalcomBooking[], query: URLSearchParams, now: number): CalcomBooking[] {
  let out = bookings;
  for (const [param, field, side] of DATE_FILTERS) {
    const bound = isoParam(query, param);
    if (bound === null) continue;
    // Inclusive like the real API: the boundary booking comes back again, so a sync must dedupe by uid.
    out = out.filter((b) => (side === "gte" ? Date.parse(b[field]) >= bound : Date.parse(b[field]) <= bound));
  }
  const statuses = listParam(query, "status");
  if (statuses) {
    const unknown = statuses.find((s) => !(STATUSES as readonly string[]).includes(s));
    if (unknown !== undefined || statuses.length === 0) {
      throw new InvalidQuery("Invalid status. Allowed are upcoming, recurring, past, cancelled, unconfirmed");
    }
    out = out.filter((b) => matchesStatus(b, statuses, now));
  }
  const eventTypeIds = listParam(query, "eventTypeIds") ?? listParam(query, "eventTypeId");
  if (eventTypeIds) {
    const ids = eventTypeIds.map(Number);
    if (ids.some((id) => !Number.isInteger(id))) throw new InvalidQuery("eventTypeIds must be integers");
    out = out.filter((b) => ids.includes(b.eventTypeId));
  }
  const attendeeEmail = query.get("attendeeEmail")?.trim().toLowerCase();
  if (attendeeEmail) out = out.filter((b) => b.attendees.some((a) => a.email.toLowerCase() === attendeeEmail));
  const attendeeName = query.get("attendeeName")?.trim().toLowerCase();
  if (attendeeName) out = out.filter((b) => b.attendees.some((a) => a.name.toLowerCase().includes(attendeeName)));
  const bookingUid = query.get("bookingUid");
  if (bookingUid) out = out.filter((b) => b.uid === bookingUid);
  return out;
}

function sortBookings(bookings: CalcomBooking[], query: URLSearchParams): CalcomBooking[] {
  let field: "start" | "end" | "createdAt" | "updatedAt" = "start";
  let direction = 1;
  for (const [param, sortField] of SORTS) {
    const raw = query.get(param);
    if (raw === null) continue;
    if (raw !== "asc" && raw !== "desc") throw new InvalidQuery(`${param} must be either "asc" or "desc".`);
    field = sortField;
    direction = raw === "asc" ? 1 : -1;
    break;
  }
  return [...bookings].sort(
    (a, b) => direction * (Date.parse(a[field]) - Date.parse(b[field])) || a.id - b.id,
  );
}

export function listBookings(all: CalcomBooking[], query: URLSearchParams, now = Date.now()): BookingsResult {
  try {
    const take = intParam(query, "take", 1, 250, 100);
    const skip = intParam(query, "skip", 0, Number.MAX_SAFE_INTEGER, 0);
    const matching = sortBookings(filterBookings(all, query, now), query);
    const data = matching.slice(skip, skip + take);
    const totalItems = matching.length;
    return {
      ok: true,
      data,
      pagination: {
        totalItems,
        remainingItems: Math.max(0, totalItems - (skip + data.length)),
        returnedItems: data.length,
        itemsPerPage: take,
        currentPage: Math.floor(skip / take) + 1,
        totalPages: Math.ceil(totalItems / take),
        hasNextPage: skip + data.length < totalItems,
        hasPreviousPage: skip > 0,
      },
    };
  } catch (error) {
    if (error instanceof InvalidQuery) return { ok: false, message: error.message };
    throw error;
  }
}
