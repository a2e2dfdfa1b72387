// A real OpenID Connect identity provider for development and end-to-end tests, built on
// oidc-provider. Anyone can sign in as anyone: never expose it beyond this machine.

import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { renderErrorPage, renderLoginPage } from "./login-page.mjs";
import { createMemoryAdapter } from "./memory-adapter.mjs";
import { SEEDED_PEOPLE, isPlausibleEmail, personFor } from "./people.mjs";

const GRANTED_SCOPE = "openid email profile";
const MAX_FORM_BYTES = 16 * 1024;

/**
 * @typedef {{ client_id: string, client_secret: string, redirect_uris: string[], client_name?: string }} LocalIdpClient
 * @typedef {{ port: number, issuer?: string, clients: LocalIdpClient[], cookieKeys?: string[], log?: (line: string) => void }} LocalIdpOptions
 */

/**
 * Starts the IdP on 127.0.0.1 and ::1 (so `localhost` reaches it whichever address it resolves to).
 * The issuer defaults to `http://localhost:<port>`. Use the same host name (`localhost`) in the issuer,
 * the redirect URIs and the app's AUTH_URL: a 127.0.0.1 redirect URI fails the code exchange.
 * @param {LocalIdpOptions} options
 * @returns {Promise<{ issuer: string, close: () => Promise<void> }>}
 */
export async function startLocalIdp({ port, issuer = `http://localhost:${port}`, clients, cookieKeys, log = () => {} }) {
  if (!Number.isInteger(port) || port <= 0) throw new Error("startLocalIdp: port must be a positive integer");
  if (!clients?.length) throw new Error("startLocalIdp: at least one client is required");
  issuer = issuer.replace(/\/+$/, "");

  const Provider = await importOidcProvider();
  const { interactionPolicy } = await import("oidc-provider");

  /** Everyone who signed in since start, by subject; seeded people are always known. */
  const people = new Map(SEEDED_PEOPLE.map((p) => [p.sub, p]));

  // Ask who is signing in on every authorization request, even when the IdP still has a session:
  // otherwise signing out of the app and in again would silently reuse the previous person.
  const policy = interactionPolicy.base();
  policy.get("login").checks.add(
    new interactionPolicy.Check("choose_person", "the local IdP asks who is signing in every time", (ctx) =>
      ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
    ),
  );

  const provider = new Provider(issuer, {
    adapter: createMemoryAdapter(),
    clients: clients.map((c) => ({
      client_id: c.client_id,
      client_secret: c.client_secret,
      client_name: c.client_name ?? "the app",
      redirect_uris: c.redirect_uris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      // oidc-provider accepts client_secret_post as well for a client registered with basic.
      token_endpoint_auth_method: "client_secret_basic",
    })),
    jwks: { keys: [signingKey()] },
    cookies: { keys: cookieKeys?.length ? cookieKeys : [randomBytes(32).toString("base64url")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put email and name in the ID token itself: Auth.js builds its profile from the ID token.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    clientBasedCORS: () => false,
    // Fixed lifetimes (seconds); oidc-provider nags about its default functions otherwise.
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Grant: 14 * 24 * 60 * 60,
      Session: 14 * 24 * 60 * 60,
    },
    async findAccount(_ctx, sub) {
      const person = people.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: async () => ({ sub, email: person.email, email_verified: true, name: person.name }),
      };
    },
    async renderError(ctx, out) {
      ctx.type = "html";
      ctx.body = renderErrorPage("Sign-in failed", [out.error, out.error_description].filter(Boolean).join(": "));
    },
  });
  provider.on("server_error", (_ctx, error) => log(`local IdP server error: ${error?.stack ?? error}`));

  const oidcCallback = provider.callback();

  async function handleInteraction(req, res, uid, action) {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      return sendHtml(res, 400, renderErrorPage("Sign-in expired", "Start again from the app's sign-in page."));
    }
    if (details.uid !== uid) {
      return sendHtml(res, 400, renderErrorPage("Sign-in expired", "Start again from the app's sign-in page."));
    }
    const client = await provider.Client.find(String(details.params.client_id));
    const clientName = client?.clientName ?? "the app";

    if (req.method === "GET" && !action) {
      if (details.prompt.name === "consent") {
        const accountId = details.session?.accountId;
        if (!accountId) return sendHtml(res, 400, renderErrorPage("Sign-in failed", "No signed-in person."));
        const grantId = await saveGrant(details, accountId);
        return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      }
      return sendHtml(res, 200, renderLoginPage({ uid, clientName, people: [...SEEDED_PEOPLE] }));
    }

    if (req.method === "POST" && action === "login") {
      const form = await readForm(req);
      const email = String(form.get("email") ?? "");
      const name = String(form.get("name") ?? "");
      if (!isPlausibleEmail(email)) {
        const page = renderLoginPage({ uid, clientName, people: [...SEEDED_PEOPLE], email, name, error: "Enter an email address like someone@example.com." });
        return sendHtml(res, 422, page);
      }
      const seeded = SEEDED_PEOPLE.find((p) => p.email === email.trim().toLowerCase());
      const person = seeded && !name.trim() ? seeded : personFor(email, name);
      people.set(person.sub, person);
      await forgetEarlierSession(details);
      // Consent is given on the person's behalf: this IdP exists only to get them into the app.
      const grantId = await saveGrant(details, person.sub);
      log(`local IdP: signed in ${person.email}`);
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: person.sub, remember: false }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    }

    if (req.method === "POST" && action === "abort") {
      return provider.interactionFinished(
        req,
        res,
        { error: "access_denied", error_description: "The person cancelled the sign-in." },
        { mergeWithLastSubmission: false },
      );
    }

    return sendHtml(res, 405, renderErrorPage("Not allowed", "This request is not part of a sign-in."));
  }

  /**
   * Ends the IdP session a previous sign-in in this browser left behind. Without this, choosing a
   * different person makes oidc-provider detour through its logout confirmation first.
   */
  async function forgetEarlierSession(details) {
    if (!details.session) return;
    const earlier = details.session.cookie ? await provider.Session.find(details.session.cookie) : undefined;
    await earlier?.destroy();
    delete details.session;
    await details.save(details.exp - Math.floor(Date.now() / 1000));
  }

  async function saveGrant(details, accountId) {
    const { Grant } = provider;
    const existing = details.grantId ? await Grant.find(details.grantId) : undefined;
    const grant =
      existing && existing.accountId === accountId
        ? existing
        : new Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(GRANTED_SCOPE);
    const missing = details.prompt.details?.missingOIDCScope;
    if (Array.isArray(missing) && missing.length) grant.addOIDCScope(missing.join(" "));
    const claims = details.prompt.details?.missingOIDCClaims;
    if (Array.isArray(claims) && claims.length) grant.addOIDCClaims(claims);
    return grant.save();
  }

  async function handle(req, res) {
    const url = new URL(req.url ?? "/", issuer);
    const match = /^\/interaction\/([^/]+)(?:\/(login|abort))?\/?$/.exec(url.pathname);
    if (!match) return oidcCallback(req, res);
    try {
      await handleInteraction(req, res, decodeURIComponent(match[1] ?? ""), match[2]);
    } catch (error) {
      log(`local IdP interaction error: ${error?.stack ?? error}`);
      if (!res.headersSent) sendHtml(res, 500, renderErrorPage("Sign-in failed", "The local IdP hit an error; see its log."));
      else res.end();
    }
  }

  const servers = await listenOnLoopback(port, handle);
  log(`local IdP: ${issuer} (development only)`);

  return {
    issuer,
    async close() {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise((resolve) => {
              server.close(() => resolve(undefined));
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}

/** Loads oidc-provider without its import-time notice that Node 20 is unsupported: it runs fine on 20.19+. */
async function importOidcProvider() {
  const warn = console.warn;
  console.warn = (...args) => {
    if (typeof args[0] === "string" && args[0].includes("Unsupported runtime")) return;
    warn(...args);
  };
  try {
    return (await import("oidc-provider")).default;
  } finally {
    console.warn = warn;
  }
}

function signingKey() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), use: "sig", alg: "RS256" };
}

async function listenOnLoopback(port, handler) {
  const listen = (host) =>
    new Promise((resolve, reject) => {
      const server = createServer(handler);
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve(server);
      });
    });
  const servers = [await listen("127.0.0.1")];
  try {
    servers.push(await listen("::1"));
  } catch (error) {
    // A machine without IPv6 on loopback resolves localhost to 127.0.0.1 only.
    if (!["EADDRNOTAVAIL", "EAFNOSUPPORT"].includes(error?.code)) {
      servers[0].close();
      throw error;
    }
  }
  return servers;
}

function sendHtml(res, status, html) {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  // No form-action: Chromium applies it to the redirects after a submit, which end at the app.
  res.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  res.end(html);
}

async function readForm(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new Error("form too large");
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
