import { expect, type Page } from "@playwright/test";

/** Adds a branch and a staff member through the Settings pages, as an admin would. */
export async function addBranchAndStaff(page: Page, staff: { name: string; email: string }, branch = "Berlin Mitte") {
  await page.goto("/settings/branches");
  await page.getByLabel("Name").first().fill(branch);
  await page.getByRole("button", { name: "Add branch" }).click();
  await expect(page.getByText("Branch added")).toBeVisible();

  await page.goto("/settings/staff");
  await page.getByLabel("Name").first().fill(staff.name);
  await page.getByLabel("Email").first().fill(staff.email);
  await page.getByLabel("Branch").first().selectOption({ label: branch });
  await page.getByRole("button", { name: "Add staff member" }).click();
  await expect(page.getByText("Staff member added")).toBeVisible();
}
