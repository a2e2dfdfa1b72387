import { expect, test } from "@playwright/test";
import { OWNER, OWNER_STORAGE_STATE } from "./support/auth-state";
import { freshPerson, signIn } from "./support/sign-in";

test("a new person signs in through the local IdP and lands in the app", async ({ page }) => {
  const person = freshPerson("signin");
  await signIn(page, person);

  await expect(page).not.toHaveURL(/\/signin/);
  const userMenu = page.getByRole("button", { name: "Account menu" });
  await expect(userMenu).toBeVisible();
  await expect(page.getByTestId("user-menu-name")).toHaveText(person.name);

  await userMenu.click();
  await expect(page.getByRole("menu").getByText(person.email)).toBeVisible();
});

test("a signed-in person who opens the sign-in page is sent into the app", async ({ page }) => {
  await signIn(page, freshPerson("again"));
  await page.goto("/signin");
  await expect(page).not.toHaveURL(/\/signin/);
});

test.describe("with the owner's saved session", () => {
  test.use({ storageState: OWNER_STORAGE_STATE });

  test("the overview opens without signing in again", async ({ page }) => {
    await page.goto("/");
    await expect(page).not.toHaveURL(/\/signin/);
    await expect(page.getByTestId("user-menu-name")).toHaveText(OWNER.name);
  });
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, freshPerson("bye"));
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin/);
});
