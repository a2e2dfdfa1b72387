import { z } from "zod";

/*
 * The parts of Cal.com API v2 answers we read (MeOutput, EventTypeOutput_2024_06_14,
 * BookingOutput_2024_08_13). zod objects drop unknown keys, so a parsed booking is also the
 * trimmed record we store: no booking-form answers, metadata or other fields nobody reads here.
 * Fields Cal.com documents as optional or nullable are kept loose so one odd record does not fail
 * a whole sync.
 */

export const calcomMeShape = z.object({
  id: z.number(),
  username: z.string().nullish(),
  email: z.string(),
  name: z.string().nullish(),
  timeZone: z.string().nullish(),
});
export type CalcomMe = z.output<typeof calcomMeShape>;

const eventTypeUserShape = z.object({
  id: z.number(),
  name: z.string().nullish(),
  username: z.string().nullish(),
  // Not in EventTypeOutput_2024_06_14 today; read when present so such users can be matched too.
  email: z.string().nullish(),
});

export const calcomEventTypeShape = z.object({
  id: z.number(),
  title: z.string(),
  slug: z.string(),
  lengthInMinutes: z.number(),
  description: z.string().nullish(),
  hidden: z.boolean().optional(),
  ownerId: z.number().nullish(),
  users: z.array(eventTypeUserShape).optional(),
});
export type CalcomEventType = z.output<typeof calcomEventTypeShape>;

const personShape = z.object({
  name: z.string().nullish(),
  email: z.string().nullish(),
  timeZone: z.string().nullish(),
});

const hostShape = personShape.extend({ id: z.number(), username: z.string().nullish() });
export type CalcomHost = z.output<typeof hostShape>;

export const calcomBookingShape = z.object({
  id: z.number(),
  uid: z.string(),
  title: z.string().nullish(),
  status: z.string(),
  start: z.string(),
  end: z.string(),
  duration: z.number().nullish(),
  eventTypeId: z.number().nullish(),
  hosts: z.array(hostShape).default([]),
  attendees: z.array(personShape.extend({ absent: z.boolean().optional() })).default([]),
  location: z.string().nullish(),
  meetingUrl: z.string().nullish(),
  cancellationReason: z.string().nullish(),
  createdAt: z.string(),
  updatedAt: z.string().nullish(),
});
export type CalcomBooking = z.output<typeof calcomBookingShape>;

/** `PaginationMetaDto`; only what paging needs. */
export const calcomPaginationShape = z.object({ hasNextPage: z.boolean() }).optional();

/** `{status:"error", error:{code, message}}`; Nest's default `{message}` is read as a fallback. */
export function calcomErrorMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { error, message } = body as { error?: { message?: unknown }; message?: unknown };
  const candidate = error?.message ?? message;
  if (typeof candidate === "string") return candidate;
  if (Array.isArray(candidate)) return candidate.filter((part) => typeof part === "string").join("; ") || undefined;
  return undefined;
}
