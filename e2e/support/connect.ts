import { expect, type Page } from "@playwright/test";
import { RETELL_FAKE_URL } from "./e2e-env";

/** Connects Retell AI through its settings page (automatic sync off) and returns the integration id. */
export async function connectRetell(page: Page): Promise<string> {
  await page.goto("/integrations/retell?tab=settings");
  await page.getByLabel("API base URL").fill(RETELL_FAKE_URL);
  await page.getByLabel("API key").fill("key_fake_retell_valid_0001");
  await expect(page.getByTestId("live-check")).toContainText("Connected");
  await page.getByRole("switch", { name: "Automatic sync" }).click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
  await page.reload();
  const url = await page.getByLabel("Inbound webhook URL").inputValue();
  return url.split("/").pop()!;
}
