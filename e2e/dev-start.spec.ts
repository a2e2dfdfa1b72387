import path from "node:path";
import { expect, test } from "@playwright/test";
import { assertPortFree, spawnLogged, stopProcess, tail } from "./support/processes";

// The README's first command with no environment at all: `npm run dev` must come up on the
// embedded database, with the local sign-in, and a person must be able to sign in.
const DEV_URL = "http://localhost:3000";
const LOG = path.join(process.cwd(), ".e2e", "dev.log");

test("npm run dev starts with no environment at all and a local sign-in works", async ({ page }) => {
  test.setTimeout(300_000);
  await assertPortFree(3000, "npm run dev");
  await assertPortFree(3101, "the dev local IdP");
  const bare = { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: "1" };
  const dev = spawnLogged(process.execPath, ["scripts/dev.mjs"], { env: bare, logFile: LOG });
  try {
    let health: Response | null = null;
    for (let i = 0; i < 240 && health?.status !== 200; i++) {
      if (dev.exitCode !== null) throw new Error(`npm run dev exited:\n${tail(LOG)}`);
      health = await fetch(`${DEV_URL}/api/health`).catch(() => null);
      if (health?.status !== 200) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(health?.status, tail(LOG)).toBe(200);
    expect(await health!.json()).toMatchObject({ status: "ok", components: { database: { status: "ok" } } });

    await page.goto(`${DEV_URL}/signin`, { timeout: 120_000 });
    await page.getByRole("button", { name: "Sign in with Local" }).click();
    await expect(page.getByText("Local sign-in — development only")).toBeVisible();
    await page.getByRole("button", { name: /Ada Lovelace/ }).click();
    await page.waitForURL(`${DEV_URL}/`, { timeout: 120_000 });
    await expect(page.getByTestId("user-menu-name")).toHaveText("Ada Lovelace", { timeout: 60_000 });
  } finally {
    await stopProcess(dev, 10_000);
  }
});
