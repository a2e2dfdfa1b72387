// Types for people.mjs.

export interface Person {
  sub: string;
  email: string;
  name: string;
}

export const SEEDED_PEOPLE: readonly Readonly<Person>[];
export function subjectForEmail(email: string): string;
export function normalizeEmail(email: string): string;
export function isPlausibleEmail(email: string): boolean;
export function personFor(email: string, name?: string): Person;
