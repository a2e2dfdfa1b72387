import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { APP_URL, IDP_BUTTON_NAME, IDP_ISSUER } from "./e2e-env";

export type TestPerson = { email: string; name?: string };

/** A person nobody has signed in as yet, so each test starts without a workspace. */
export function freshPerson(label = "person"): Required<TestPerson> {
  const id = randomBytes(4).toString("hex");
  return { email: `${label}-${id}@e2e.example.com`, name: `E2E ${label} ${id}` };
}

/**
 * Signs in through the app's sign-in page and the local IdP, as any email (seeded or new),
 * and waits until the browser is back in the app. `callbackUrl` picks where to land.
 */
export async function signIn(page: Page, person: TestPerson, options: { callbackUrl?: string } = {}): Promise<void> {
  const query = options.callbackUrl ? `?callbackUrl=${encodeURIComponent(options.callbackUrl)}` : "";
  await page.goto(`/signin${query}`);
  await page.getByRole("button", { name: `Sign in with ${IDP_BUTTON_NAME}` }).click();

  await page.waitForURL((url) => url.origin === new URL(IDP_ISSUER).origin);
  await expect(page.getByText("Local sign-in — development only")).toBeVisible();
  await page.getByLabel("Email").fill(person.email);
  if (person.name) await page.getByLabel("Name (optional)").fill(person.name);
  await page.getByRole("button", { name: "Continue" }).click();

  await page.waitForURL((url) => url.origin === APP_URL && !url.pathname.startsWith("/api/auth"));
  const landed = new URL(page.url());
  if (landed.pathname.startsWith("/signin")) {
    // Auth.js sends failures back to the sign-in page with ?error=<code>; see .e2e/app.log and .e2e/idp.log.
    throw new Error(`Sign-in as ${person.email} failed: back on ${landed.pathname}${landed.search}`);
  }
}
