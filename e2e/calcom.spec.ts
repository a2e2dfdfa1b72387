import { expect, test } from "@playwright/test";
import { BACKGROUND_JOBS_RUN, CALCOM_FAKE_URL } from "./support/e2e-env";
import { addBranchAndStaff } from "./support/locations";
import { freshPerson, signIn } from "./support/sign-in";

const GOOD_KEY = "cal_live_fake_valid_key_0001";

test.beforeEach(async () => {
  await fetch(`${CALCOM_FAKE_URL}/__fake/reset`, { method: "POST" });
});

test("connect Cal.com: wrong key refused inline, right key connected, event types, save, sync", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, freshPerson("cal"));

  // Prerequisites are listed with a way to fix them.
  await page.goto("/integrations/calcom");
  await expect(page.getByTestId("prerequisites")).toContainText("Add at least one branch");
  await addBranchAndStaff(page, { name: "Anna Schmidt", email: "anna@example.com" });

  await page.goto("/integrations/calcom?tab=settings");
  await expect(page.getByTestId("prerequisites")).toHaveCount(0);
  await page.getByLabel("API base URL").fill(CALCOM_FAKE_URL);
  const key = page.getByLabel("API key");
  await key.fill("cal_live_definitely_wrong_key_42");
  // What the user types can be revealed and hidden again.
  await expect(key).toHaveAttribute("type", "password");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(key).toHaveAttribute("type", "text");
  await page.getByRole("button", { name: "Hide" }).click();
  await expect(key).toHaveAttribute("type", "password");
  await expect(page.getByTestId("live-check")).toContainText("Cal.com answered 401: Your api key is not valid");

  await key.fill(GOOD_KEY);
  await expect(page.getByTestId("live-check")).toContainText("Connected as Anna Schmidt");
  await page.getByRole("combobox", { name: "Default event type" }).click();
  await page.getByRole("textbox", { name: "Search" }).fill("consul");
  await page.getByRole("option", { name: /Consultation/ }).click();
  await expect(page.getByRole("combobox", { name: "Default event type" })).toHaveText(/Consultation/);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. Cal.com is active.")).toBeVisible();

  // The key never comes back to the browser: only its last four characters.
  await page.reload();
  await expect(page.getByText("Stored: •••• 0001. Leave blank to keep it.")).toBeVisible();
  expect(await page.content()).not.toContain(GOOD_KEY);

  await page.goto("/");
  const card = page.getByTestId("integration-card-calcom");
  await expect(card.getByTestId("integration-status")).toHaveText("Active");
  if (!BACKGROUND_JOBS_RUN) {
    // Embedded database: no Inngest stand-in can share it, so the sync waits and the UI says so.
    await expect(page.getByTestId("jobs-banner")).toContainText("Background jobs cannot reach Inngest");
    await page.goto("/health");
    await expect(page.getByTestId("health-jobs")).toContainText("1 job waits for Inngest");
    return;
  }
  // The sync started by saving (automatic sync is on) fills the counts without a reload.
  await expect(card.getByTestId("count-event_types")).toHaveText("4", { timeout: 20_000 });
  await expect(card.getByTestId("count-bookings")).toHaveText("25");
  await expect(card.getByTestId("last-sync")).toContainText("Last sync");
  await expect(page.getByTestId("jobs-banner")).toHaveCount(0);

  // Sync now: a second run, a fresh last-sync time.
  await page.getByRole("button", { name: "Sync now: Cal.com" }).click();
  await expect(page.getByText("Sync requested")).toBeVisible();
  await page.goto("/integrations/calcom");
  await expect(page.getByTestId("sync-runs").getByText("Succeeded")).toHaveCount(2, { timeout: 20_000 });
  await expect(page.getByTestId("sync-runs").getByText("Manual")).toBeVisible();
  await expect(page.getByTestId("count-bookings")).toHaveText("25");
  // Anna was matched to the staff member with her email.
  await expect(page.getByTestId("staff-mapping").getByRole("combobox", { name: /Anna Schmidt/ })).toHaveValue(/.+/);
});

test("two Sync now clicks in a row run one sync", async ({ page }) => {
  await signIn(page, freshPerson("twice"));
  await addBranchAndStaff(page, { name: "Ben Carter", email: "ben@example.com" });
  await page.goto("/integrations/calcom?tab=settings");
  await page.getByLabel("API base URL").fill(CALCOM_FAKE_URL);
  await page.getByLabel("API key").fill(GOOD_KEY);
  // The live check answering means the form is hydrated and listening.
  await expect(page.getByTestId("live-check")).toContainText("Connected as");
  const autoSync = page.getByRole("switch", { name: "Automatic sync" });
  await expect(autoSync).toHaveAttribute("aria-checked", "true");
  await autoSync.click();
  await expect(autoSync).toHaveAttribute("aria-checked", "false");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. Cal.com is active.")).toBeVisible();

  // Slow the provider down so the first sync is still running when the second click lands.
  await fetch(`${CALCOM_FAKE_URL}/__fake/mode`, { method: "POST", body: JSON.stringify({ mode: "none", latencyMs: 300 }) });
  await page.goto("/integrations/calcom");
  const syncNow = page.getByRole("button", { name: "Sync now: Cal.com" });
  await syncNow.click();
  // Handed to Inngest, or (embedded database, no stand-in) recorded and waiting.
  await expect(page.getByText(/^(Sync requested|Sync recorded\.)/)).toBeVisible();
  await syncNow.click();
  await expect(page.getByText("A sync is already running; no second one was started.")).toBeVisible();
  if (BACKGROUND_JOBS_RUN) await expect(page.getByTestId("sync-runs").getByText("Succeeded")).toHaveCount(1, { timeout: 30_000 });
  await expect(page.getByTestId("sync-runs").locator("li")).toHaveCount(1);
});
