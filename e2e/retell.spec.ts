import { expect, test } from "@playwright/test";
import { BACKGROUND_JOBS_RUN, RETELL_FAKE_URL } from "./support/e2e-env";
import { addBranchAndStaff } from "./support/locations";
import { freshPerson, signIn } from "./support/sign-in";

const GOOD_KEY = "key_fake_retell_valid_0001";

test.beforeEach(async () => {
  await fetch(`${RETELL_FAKE_URL}/__fake/reset`, { method: "POST" });
});

test("connect Retell AI: wrong key refused inline, agents to choose from, webhook URL, save, sync", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, freshPerson("retell"));
  await page.goto("/integrations/retell");
  await expect(page.getByTestId("prerequisites")).toContainText("Add at least one branch");
  await addBranchAndStaff(page, { name: "Grace Kim", email: "grace@example.com" });

  await page.goto("/integrations/retell?tab=settings");
  await expect(page.getByText("Save once to get the webhook URL.")).toBeVisible();
  await page.getByLabel("API base URL").fill(RETELL_FAKE_URL);
  const key = page.getByLabel("API key");
  await key.fill("key_this_one_is_not_valid_999");
  await expect(page.getByTestId("live-check")).toContainText("Retell AI answered 401");

  await key.fill(GOOD_KEY);
  await expect(page.getByTestId("live-check")).toContainText("Connected");
  await page.getByRole("combobox", { name: "Default agent" }).click();
  await expect(page.getByRole("listbox").getByRole("option")).toHaveCount(3);
  await page.getByRole("option", { name: /After-hours triage/ }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. Retell AI is active.")).toBeVisible();

  // Our inbound webhook URL for this integration, read-only, with a copy button.
  await page.reload();
  const webhookUrl = page.getByLabel("Inbound webhook URL");
  await expect(webhookUrl).toHaveValue(/\/api\/webhooks\/retell\/[0-9a-f-]{36}$/);
  await expect(webhookUrl).toHaveAttribute("readonly", "");
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Default agent" })).toHaveText(/After-hours triage/);
  expect(await page.content()).not.toContain(GOOD_KEY);

  await page.goto("/");
  const card = page.getByTestId("integration-card-retell");
  await expect(card.getByTestId("integration-status")).toHaveText("Active");
  if (!BACKGROUND_JOBS_RUN) {
    await expect(page.getByTestId("jobs-banner")).toContainText("Background jobs cannot reach Inngest");
    return;
  }
  await expect(card.getByTestId("count-agents")).toHaveText("3", { timeout: 20_000 });
  await expect(card.getByTestId("count-calls")).toHaveText("30");
  await page.getByRole("button", { name: "Sync now: Retell AI" }).click();
  await expect(page.getByText("Sync requested")).toBeVisible();
  await page.goto("/integrations/retell");
  await expect(page.getByTestId("sync-runs").getByText("Succeeded")).toHaveCount(2, { timeout: 20_000 });
  await expect(page.getByTestId("count-calls")).toHaveText("30");
});

test("a failing provider turns the integration to error with a reason, and Test connection recovers it", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, freshPerson("outage"));
  await addBranchAndStaff(page, { name: "Sam", email: "sam@example.com" });
  await page.goto("/integrations/retell?tab=settings");
  await page.getByLabel("API base URL").fill(RETELL_FAKE_URL);
  await page.getByLabel("API key").fill(GOOD_KEY);
  await expect(page.getByTestId("live-check")).toContainText("Connected");
  await page.getByRole("switch", { name: "Automatic sync" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. Retell AI is active.")).toBeVisible();

  const testConnection = page.getByRole("button", { name: "Test connection" });
  for (const mode of ["error500", "hang"] as const) {
    await fetch(`${RETELL_FAKE_URL}/__fake/mode`, { method: "POST", body: JSON.stringify({ mode }) });
    await page.goto("/integrations/retell");
    await testConnection.click();
    await expect(page.getByText(/^Connection failed: Retell AI/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("integration-status")).toHaveText("Error");
    await expect(page.getByTestId("last-error")).toHaveText(mode === "hang" ? /did not answer within/ : /answered 500/);
  }

  await page.getByRole("tab", { name: "Activity" }).click();
  const log = page.getByRole("table");
  await expect(log.getByRole("row").filter({ hasText: "Connection test failed" })).toHaveCount(2);
  await expect(log).toContainText("did not answer within");
  await expect(log).toContainText("active → error");

  // The Logs page: only failures when filtered so, and the details of one entry.
  await page.goto("/logs");
  await page.getByRole("combobox", { name: "Outcome" }).click();
  await page.getByRole("option", { name: "Failed" }).click();
  await expect(page).toHaveURL(/outcome=failure/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "Success" })).toHaveCount(0);
  await expect(rows.filter({ hasText: "Failed" }).first()).toBeVisible();
  await rows.filter({ hasText: "Integration status changed" }).first().click();
  const detail = page.getByRole("dialog");
  await expect(detail).toContainText("Recorded details");
  await expect(detail).toContainText('"reason"');
  await expect(detail).not.toContainText(GOOD_KEY);
  await page.keyboard.press("Escape");

  await fetch(`${RETELL_FAKE_URL}/__fake/mode`, { method: "POST", body: JSON.stringify({ mode: "none" }) });
  await page.goto("/integrations/retell");
  await testConnection.click();
  await expect(page.getByText("Connection works")).toBeVisible();
  await expect(page.getByTestId("integration-status")).toHaveText("Active");
  await expect(page.getByTestId("last-error")).toHaveCount(0);

  // Disable, re-enable, delete (with a confirmation).
  await page.getByRole("button", { name: "Disable" }).click();
  await expect(page.getByTestId("integration-status")).toHaveText("Disabled");
  await expect(page.getByRole("button", { name: "Sync now: Retell AI" })).toBeDisabled();
  await page.getByRole("button", { name: "Enable" }).click();
  await expect(page.getByTestId("integration-status")).toHaveText("Active");
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("integration-status")).toHaveText("Active");
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/integrations$/);
  await expect(page.getByTestId("integration-card-retell").getByTestId("integration-status")).toHaveText("Not connected");
});
