import { expect, test } from "@playwright/test";

test("the overview sends a visitor who is not signed in to the sign-in page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin(\?|$)/);
  await expect(page.getByRole("button", { name: "Sign in with Local" })).toBeVisible();
});

test("/api/health answers 200 with a JSON report", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  expect(await res.json()).toMatchObject({ status: "ok" });
});

test("an unknown address shows the 404 page with status 404", async ({ page }) => {
  const res = await page.goto("/this-page-does-not-exist");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
