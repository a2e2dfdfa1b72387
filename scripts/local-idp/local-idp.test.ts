import { createHash, randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalIdp, type LocalIdp } from "./index.mjs";

// A full authorization-code + PKCE sign-in against the local IdP, the way Auth.js does it, with fetch.

const CLIENT_ID = "hub-test";
const CLIENT_SECRET = "hub-test-secret";
const REDIRECT_URI = "http://localhost:3999/api/auth/callback/oidc";

let idp: LocalIdp;
let issuer: string;

beforeAll(async () => {
  const port = await freePort();
  idp = await startLocalIdp({
    port,
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [REDIRECT_URI] }],
  });
  issuer = idp.issuer;
});

afterAll(async () => {
  await idp?.close();
});

describe("local IdP", () => {
  it("publishes discovery for its localhost issuer with PKCE S256", async () => {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc.issuer).toBe(issuer);
    expect(issuer).toMatch(/^http:\/\/localhost:\d+$/);
    expect(doc.code_challenge_methods_supported).toEqual(["S256"]);
    expect(doc.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(["client_secret_basic", "client_secret_post"]),
    );
    expect(doc.scopes_supported).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
  });

  it("signs in a new person typed into the form and puts email and name in the ID token", async () => {
    const jar = new CookieJar();
    const { code, interactionHtml } = await authorize(jar, { email: "new.person@example.org", name: "New Person" });
    expect(interactionHtml).toContain("Local sign-in — development only");
    expect(interactionHtml).toContain('<label for="email">Email</label>');
    expect(interactionHtml).toContain("Ada Lovelace");

    const tokens = await exchange(code.value, code.verifier, "basic");
    const claims = decodeJwt(tokens.id_token);
    expect(claims).toMatchObject({
      iss: issuer,
      aud: CLIENT_ID,
      email: "new.person@example.org",
      email_verified: true,
      name: "New Person",
    });
    expect(String(claims.sub)).toMatch(/^local-[0-9a-f]{24}$/);
  });

  it("signs in a seeded person with client_secret_post and keeps their subject stable", async () => {
    const first = await authorize(new CookieJar(), { email: "grace@example.com" });
    const second = await authorize(new CookieJar(), { email: "grace@example.com" });
    const a = decodeJwt((await exchange(first.code.value, first.code.verifier, "post")).id_token);
    const b = decodeJwt((await exchange(second.code.value, second.code.verifier, "basic")).id_token);
    expect(a).toMatchObject({ email: "grace@example.com", name: "Grace Hopper" });
    expect(a.sub).toBe(b.sub);
  });

  it("asks who is signing in again even while its own session lasts", async () => {
    const jar = new CookieJar();
    await authorize(jar, { email: "ada@example.com" });
    const again = await authorize(jar, { email: "linus@example.com" });
    const claims = decodeJwt((await exchange(again.code.value, again.code.verifier, "basic")).id_token);
    expect(claims).toMatchObject({ email: "linus@example.com", name: "Linus Torvalds" });
  });

  it("refuses an authorization request without PKCE", async () => {
    const url = new URL(`${issuer}/auth`);
    url.search = new URLSearchParams({
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      response_type: "code",
      scope: "openid email profile",
      state: "s",
    }).toString();
    const res = await fetch(url, { redirect: "manual" });
    const location = new URL(res.headers.get("location") ?? "", issuer);
    expect(location.origin + location.pathname).toBe(REDIRECT_URI);
    expect(location.searchParams.get("error")).toBe("invalid_request");
  });

  it("rejects an email that is not an address, showing the form again", async () => {
    const jar = new CookieJar();
    const start = await startAuthorization(jar);
    const res = await jar.fetch(`${issuer}${start.interactionPath}/login`, {
      method: "POST",
      body: new URLSearchParams({ email: "not-an-email", name: "" }),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('role="alert"');
  });
});

async function startAuthorization(jar: CookieJar) {
  const verifier = randomBytes(32).toString("base64url");
  const state = randomBytes(16).toString("base64url");
  const url = new URL(`${issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: "code",
    scope: "openid email profile",
    state,
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  }).toString();
  const res = await jar.fetch(url);
  expect(res.status).toBe(303);
  const interactionPath = new URL(res.headers.get("location") ?? "", issuer).pathname;
  expect(interactionPath).toMatch(/^\/interaction\/[\w-]+$/);
  return { verifier, state, interactionPath };
}

async function authorize(jar: CookieJar, person: { email: string; name?: string }) {
  const { verifier, state, interactionPath } = await startAuthorization(jar);
  const page = await jar.fetch(`${issuer}${interactionPath}`);
  expect(page.status).toBe(200);
  const interactionHtml = await page.text();

  const submitted = await jar.fetch(`${issuer}${interactionPath}/login`, {
    method: "POST",
    body: new URLSearchParams({ email: person.email, name: person.name ?? "" }),
  });
  expect(submitted.status).toBe(303);

  // Follow the IdP's redirects (resume, and a consent round if it ever asks) until the app's callback.
  let location = new URL(submitted.headers.get("location") ?? "", issuer);
  for (let hops = 0; location.origin === issuer && hops < 5; hops++) {
    const res = await jar.fetch(location);
    expect([302, 303]).toContain(res.status);
    location = new URL(res.headers.get("location") ?? "", issuer);
  }
  expect(location.origin + location.pathname).toBe(REDIRECT_URI);
  expect(location.searchParams.get("error")).toBeNull();
  expect(location.searchParams.get("state")).toBe(state);
  expect(location.searchParams.get("iss")).toBe(issuer);
  const value = location.searchParams.get("code");
  expect(value).toBeTruthy();
  return { code: { value: value ?? "", verifier }, interactionHtml };
}

async function exchange(code: string, verifier: string, auth: "basic" | "post") {
  const body = new URLSearchParams({
    grant_type: "authorization_code",
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
  });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (auth === "basic") {
    headers.authorization = `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`;
  } else {
    body.set("client_id", CLIENT_ID);
    body.set("client_secret", CLIENT_SECRET);
  }
  const res = await fetch(`${issuer}/token`, { method: "POST", headers, body });
  const json = (await res.json()) as { id_token: string; access_token: string; error?: string };
  expect(res.status, JSON.stringify(json)).toBe(200);
  return json;
}

function decodeJwt(jwt: string): Record<string, unknown> {
  const payload = jwt.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
}

/** Just enough of a browser's cookie handling: name, value and path. */
class CookieJar {
  private cookies = new Map<string, { value: string; path: string }>();

  async fetch(input: string | URL, init: RequestInit = {}): Promise<Response> {
    const url = new URL(input);
    const cookie = [...this.cookies]
      .filter(([, c]) => url.pathname.startsWith(c.path))
      .map(([name, c]) => `${name}=${c.value}`)
      .join("; ");
    const headers = new Headers(init.headers);
    if (cookie) headers.set("cookie", cookie);
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const path = attributes.find((a) => a.toLowerCase().startsWith("path="))?.slice(5) || "/";
      const expired = attributes.some((a) => /^expires=thu, 01 jan 1970/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
    return res;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
