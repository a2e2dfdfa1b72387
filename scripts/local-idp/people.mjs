import { createHash } from "node:crypto";

/** @typedef {{ sub: string, email: string, name: string }} Person */

/** The people offered as one-click buttons on the local sign-in page. */
export const SEEDED_PEOPLE = Object.freeze(
  [
    { email: "ada@example.com", name: "Ada Lovelace" },
    { email: "grace@example.com", name: "Grace Hopper" },
    { email: "linus@example.com", name: "Linus Torvalds" },
  ].map((p) => Object.freeze(personFor(p.email, p.name))),
);

/**
 * The subject for an email address. Derived from the address (not random) so the same person
 * keeps the same `sub`, and so the same account in the app, across restarts of the IdP.
 */
export function subjectForEmail(email) {
  return `local-${createHash("sha256").update(normalizeEmail(email)).digest("hex").slice(0, 24)}`;
}

export function normalizeEmail(email) {
  return String(email).trim().toLowerCase();
}

/** A loose check: this is a development tool, the point is only to reject obvious typos. */
export function isPlausibleEmail(email) {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalizeEmail(email));
}

/** A person for any address; without a name, one is made from the part before the @. */
export function personFor(email, name) {
  const address = normalizeEmail(email);
  const given = String(name ?? "").trim();
  return { sub: subjectForEmail(address), email: address, name: given || nameFromEmail(address) };
}

function nameFromEmail(email) {
  const local = email.split("@")[0] ?? email;
  return local
    .split(/[._+-]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(" ");
}
