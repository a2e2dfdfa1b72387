/**
 * The Cal.com API v2 shapes the fake serves, transcribed from calcom/cal.com
 * packages/platform/types: `MeOutput`, `EventTypeOutput_2024_06_14` and
 * `BookingOutput_2024_08_13`. Only fields a client is likely to read are
 * here; the rest of those DTOs is optional upstream and left out.
 */

export interface CalcomUser {
  id: number;
  username: string;
  email: string;
  name: string;
  timeZone: string;
  weekStart: string;
  timeFormat: number;
  defaultScheduleId: number | null;
  organizationId: number | null;
}

export interface CalcomEventType {
  id: number;
  lengthInMinutes: number;
  lengthInMinutesOptions?: number[];
  title: string;
  slug: string;
  description: string;
  locations: { type: string; integration?: string; link?: string; public?: boolean }[];
  bookingFields: { type: string; slug: string; isDefault: boolean; required: boolean; label?: string }[];
  disableGuests: boolean;
  slotInterval: number | null;
  minimumBookingNotice: number;
  beforeEventBuffer: number;
  afterEventBuffer: number;
  recurrence: null;
  metadata: Record<string, unknown>;
  price: number;
  currency: string;
  lockTimeZoneToggleOnBookingPage: boolean;
  seatsPerTimeSlot: number | null;
  forwardParamsSuccessRedirect: boolean | null;
  successRedirectUrl: string | null;
  isInstantEvent: boolean;
  seatsShowAvailabilityCount: boolean | null;
  scheduleId: number | null;
  hidden: boolean;
  ownerId: number;
  users: {
    id: number;
    name: string | null;
    username: string | null;
    avatarUrl: string | null;
    weekStart: string;
    brandColor: string | null;
    darkBrandColor: string | null;
    metadata: Record<string, unknown>;
  }[];
}

export interface Person {
  name: string;
  email: string;
  displayEmail: string;
  timeZone: string;
}

export interface CalcomBooking {
  id: number;
  uid: string;
  title: string;
  description: string;
  hosts: (Person & { id: number; username: string })[];
  status: "cancelled" | "accepted" | "rejected" | "pending";
  cancellationReason?: string;
  cancelledByEmail?: string;
  start: string;
  end: string;
  duration: number;
  eventTypeId: number;
  eventType: { id: number; slug: string };
  meetingUrl?: string;
  location: string;
  absentHost: boolean;
  createdAt: string;
  updatedAt: string;
  metadata: Record<string, string>;
  attendees: (Person & { language: string; absent: boolean })[];
  guests: string[];
  bookingFieldsResponses: Record<string, unknown>;
}

export interface CalcomData {
  /** The owner of every valid API key: what `GET /v2/me` answers. */
  me: CalcomUser;
  users: CalcomUser[];
  eventTypes: CalcomEventType[];
  bookings: CalcomBooking[];
}
