import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The public origin for links we hand out: AUTH_URL when set, else the request's own host. */
export async function appOrigin(): Promise<string> {
  const configured = env().AUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto}://${host}`;
}
