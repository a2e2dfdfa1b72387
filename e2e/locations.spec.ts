import { expect, test } from "@playwright/test";
import { addBranchAndStaff } from "./support/locations";
import { freshPerson, signIn } from "./support/sign-in";

test("branches and staff: add, rename, refuse a duplicate, delete after confirming", async ({ page }) => {
  await signIn(page, freshPerson("places"));
  await addBranchAndStaff(page, { name: "Clara Wolf", email: "clara@example.com" });

  // A second person with the same email is refused with a field error.
  await page.getByLabel("Name").first().fill("Clara Again");
  await page.getByLabel("Email").first().fill("CLARA@example.com");
  await page.getByRole("button", { name: "Add staff member" }).click();
  await expect(page.locator("[id$=-error]", { hasText: "A staff member with this email address already exists." })).toBeVisible();

  // Rename inline.
  await page.getByRole("button", { name: "Edit Clara Wolf" }).click();
  const editForm = page.getByRole("form", { name: "Editing Clara Wolf" });
  await editForm.getByLabel("Name").fill("Clara Wolff");
  await editForm.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Staff member saved")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Clara Wolff", exact: true })).toBeVisible();

  // Delete asks first; Cancel keeps the person.
  await page.getByRole("button", { name: "Delete Clara Wolff" }).click();
  await expect(page.getByRole("alertdialog", { name: "Delete Clara Wolff?" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("cell", { name: "Clara Wolff", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Delete Clara Wolff" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("No staff yet")).toBeVisible();

  // Branches rename the same way; Escape cancels an edit.
  await page.goto("/settings/branches");
  await page.getByRole("button", { name: "Edit Berlin Mitte" }).click();
  const branchForm = page.getByRole("form", { name: "Editing Berlin Mitte" });
  await branchForm.getByLabel("Name").fill("Discarded");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("cell", { name: "Berlin Mitte", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Edit Berlin Mitte" }).click();
  await branchForm.getByLabel("Name").fill("Berlin Prenzlauer Berg");
  await branchForm.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Branch saved")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Berlin Prenzlauer Berg", exact: true })).toBeVisible();

  // The activity log tells the story.
  await page.goto("/logs");
  await expect(page.getByRole("table")).toContainText("Staff member deleted");
});
