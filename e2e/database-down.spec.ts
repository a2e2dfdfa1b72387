import path from "node:path";
import { expect, test } from "@playwright/test";
import { appEnv } from "./support/e2e-env";
import { spawnLogged, stopProcess, tail } from "./support/processes";

// A second production server whose database does not answer (nothing listens on port 1).
const PORT = 3105;
const URL_BASE = `http://localhost:${PORT}`;
const LOG = path.join(process.cwd(), ".e2e", "app-database-down.log");

test("with the database down, /api/health answers 503 naming it and pages show a friendly error", async ({ browser }) => {
  test.setTimeout(90_000);
  const server = spawnLogged(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(PORT)],
    { env: { ...appEnv({ url: "postgres://postgres@127.0.0.1:1/unreachable" }), AUTH_URL: URL_BASE }, logFile: LOG },
  );
  try {
    let health: Response | null = null;
    for (let i = 0; i < 120 && !health; i++) {
      health = await fetch(`${URL_BASE}/api/health`).catch(() => null);
      if (!health) await new Promise((r) => setTimeout(r, 500));
    }
    expect(health, `the server did not start:\n${tail(LOG)}`).not.toBeNull();
    expect(health!.status).toBe(503);
    const report = (await health!.json()) as { status: string; down: string[]; components: Record<string, { status: string }> };
    expect(report.status).toBe("down");
    expect(report.down).toContain("database");
    expect(report.components.app?.status).toBe("ok");

    // A signed-in request needs the database for its session.
    const context = await browser.newContext();
    await context.addCookies([{ name: "authjs.session-token", value: "some-session", url: URL_BASE }]);
    const page = await context.newPage();
    await page.goto(`${URL_BASE}/settings`);
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
    const html = await page.content();
    expect(html).not.toMatch(/ECONNREFUSED|at async|node_modules|postgres:\/\//);
  } finally {
    await stopProcess(server);
  }
});
