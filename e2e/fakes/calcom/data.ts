/**
 * Seed data for the Cal.com fake (shapes in ./types).
 *
 * Dates hang off a fixed anchor so tests are reproducible; every booking has a
 * distinct `updatedAt`, not in id order, so paging sorted by updatedAt and
 * `afterUpdatedAt` incremental sync actually exercise something.
 */
import { BASE58, DAY_MS, HOUR_MS, randomString, seededRandom } from "../seeded-random";
import type { CalcomBooking, CalcomData, CalcomEventType, CalcomUser, Person } from "./types";

export const DEFAULT_CALCOM_ANCHOR = new Date("2025-03-03T09:00:00.000Z");

const USERS: CalcomUser[] = [
  { id: 1001, username: "anna", email: "anna@example.com", name: "Anna Schmidt", timeZone: "Europe/Berlin", weekStart: "Monday", timeFormat: 24, defaultScheduleId: 5001, organizationId: null },
  { id: 1002, username: "ben", email: "ben@example.com", name: "Ben Carter", timeZone: "America/New_York", weekStart: "Sunday", timeFormat: 12, defaultScheduleId: 5002, organizationId: null },
  { id: 1003, username: "chloe", email: "chloe@example.com", name: "Chloé Martin", timeZone: "Europe/Paris", weekStart: "Monday", timeFormat: 24, defaultScheduleId: 5003, organizationId: null },
];

const ATTENDEES: Omit<Person, "displayEmail">[] = [
  { name: "Maria Lopez", email: "maria.lopez@example.org", timeZone: "America/Mexico_City" },
  { name: "Tom Becker", email: "tom.becker@example.org", timeZone: "Europe/Berlin" },
  { name: "Aiko Tanaka", email: "aiko.tanaka@example.org", timeZone: "Asia/Tokyo" },
  { name: "Sam O'Neill", email: "sam.oneill@example.org", timeZone: "Europe/Dublin" },
  { name: "Priya Nair", email: "priya.nair@example.org", timeZone: "Asia/Kolkata" },
  { name: "Lukas Novak", email: "lukas.novak@example.org", timeZone: "Europe/Prague" },
  { name: "Grace Kim", email: "grace.kim@example.org", timeZone: "America/Los_Angeles" },
];

const EVENT_TYPE_SPECS = [
  { id: 2001, title: "Intro call", slug: "intro-call", lengthInMinutes: 15, description: "A quick first chat." },
  { id: 2002, title: "Consultation", slug: "consultation", lengthInMinutes: 30, lengthInMinutesOptions: [30, 60], description: "Talk through your setup." },
  { id: 2003, title: "Strategy session", slug: "strategy-session", lengthInMinutes: 60, description: "Plan the next quarter together." },
  { id: 2004, title: "Product demo", slug: "product-demo", lengthInMinutes: 45, description: "See the product in action." },
];

function eventTypeFor(spec: (typeof EVENT_TYPE_SPECS)[number], owner: CalcomUser): CalcomEventType {
  return {
    ...spec,
    locations: [{ type: "integration", integration: "cal-video" }],
    bookingFields: [
      { type: "name", slug: "name", isDefault: true, required: true },
      { type: "email", slug: "email", isDefault: true, required: true },
      { type: "textarea", slug: "notes", isDefault: true, required: false, label: "Additional notes" },
    ],
    disableGuests: false,
    slotInterval: null,
    minimumBookingNotice: 120,
    beforeEventBuffer: 0,
    afterEventBuffer: 0,
    recurrence: null,
    metadata: {},
    price: 0,
    currency: "usd",
    lockTimeZoneToggleOnBookingPage: false,
    seatsPerTimeSlot: null,
    forwardParamsSuccessRedirect: null,
    successRedirectUrl: null,
    isInstantEvent: false,
    seatsShowAvailabilityCount: null,
    scheduleId: owner.defaultScheduleId,
    hidden: false,
    ownerId: owner.id,
    users: [{ id: owner.id, name: owner.name, username: owner.username, avatarUrl: null, weekStart: owner.weekStart, brandColor: "#292929", darkBrandColor: "#fafafa", metadata: {} }],
  };
}

function bookingStatus(i: number): CalcomBooking["status"] {
  if (i % 8 === 5) return "cancelled";
  if (i === 20) return "rejected";
  if (i % 11 === 7) return "pending";
  return "accepted";
}

export const CALCOM_BOOKING_COUNT = 25;

export function seedCalcomData(anchor: Date = DEFAULT_CALCOM_ANCHOR): CalcomData {
  const random = seededRandom(0xca1c0);
  const [me] = USERS as [CalcomUser, ...CalcomUser[]];
  const eventTypes = EVENT_TYPE_SPECS.map((spec) => eventTypeFor(spec, me));
  const bookings: CalcomBooking[] = [];
  for (let i = 0; i < CALCOM_BOOKING_COUNT; i += 1) {
    const eventType = eventTypes[i % eventTypes.length] as CalcomEventType;
    const host = USERS[i % USERS.length] as CalcomUser;
    const attendee = ATTENDEES[(i * 3) % ATTENDEES.length] as (typeof ATTENDEES)[number];
    const uid = randomString(random, 22, BASE58);
    const duration = i % 5 === 1 && eventType.lengthInMinutesOptions ? 60 : eventType.lengthInMinutes;
    const start = anchor.getTime() + (i - 12) * DAY_MS + ((i * 3) % 8) * HOUR_MS;
    const createdAt = start - (2 + ((i * 7) % 9)) * DAY_MS;
    // Whole hours plus `i` seconds: distinct for every booking, shuffled against id order.
    const updatedAt = createdAt + (((i * 13) % 25) + 1) * HOUR_MS + i * 1000;
    const status = bookingStatus(i);
    const location = `https://app.cal.com/video/${uid}`;
    bookings.push({
      id: 3001 + i,
      uid,
      title: `${eventType.title} between ${host.name} and ${attendee.name}`,
      description: i % 4 === 0 ? "Please bring last month's numbers." : "",
      hosts: [{ id: host.id, name: host.name, email: host.email, displayEmail: host.email, username: host.username, timeZone: host.timeZone }],
      status,
      ...(status === "cancelled" ? { cancellationReason: "Attendee had a conflict", cancelledByEmail: attendee.email } : {}),
      start: new Date(start).toISOString(),
      end: new Date(start + duration * 60_000).toISOString(),
      duration,
      eventTypeId: eventType.id,
      eventType: { id: eventType.id, slug: eventType.slug },
      meetingUrl: location,
      location,
      absentHost: false,
      createdAt: new Date(createdAt).toISOString(),
      updatedAt: new Date(updatedAt).toISOString(),
      metadata: {},
      attendees: [{ ...attendee, displayEmail: attendee.email, language: "en", absent: false }],
      guests: [],
      bookingFieldsResponses: { name: attendee.name, email: attendee.email, guests: [] },
    });
  }
  return { me, users: USERS.map((user) => ({ ...user })), eventTypes, bookings };
}
