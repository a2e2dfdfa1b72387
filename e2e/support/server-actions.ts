import type { Page, Request } from "@playwright/test";

// Server actions are public endpoints. These helpers act like a crafted client: they catch the
// POST a button sends (Next marks it with a `next-action` header; its body is the JSON array of
// arguments) and either record it or send it on with other arguments.

type Args = Record<string, unknown>[];

const isServerAction = (request: Request) => request.method() === "POST" && Boolean(request.headers()["next-action"]);

/** Records the arguments of the next server action `trigger` sends, and stops it there. */
export async function captureActionArgs(page: Page, trigger: () => Promise<void>): Promise<Args> {
  let captured: Args | null = null;
  await page.route("**/*", async (route) => {
    if (captured === null && isServerAction(route.request())) {
      captured = JSON.parse(route.request().postData() ?? "[]") as Args;
      await route.abort();
    } else await route.continue();
  });
  await trigger();
  await expectEventually(() => captured !== null);
  await page.unroute("**/*");
  return captured!;
}

/** Sends the next server action `trigger` starts with its arguments rewritten. */
export async function rewriteActionArgs(page: Page, rewrite: (args: Args) => Args, trigger: () => Promise<void>): Promise<void> {
  let done = false;
  await page.route("**/*", async (route) => {
    if (!done && isServerAction(route.request())) {
      done = true;
      const args = JSON.parse(route.request().postData() ?? "[]") as Args;
      await route.continue({ postData: JSON.stringify(rewrite(args)) });
    } else await route.continue();
  });
  await trigger();
  await expectEventually(() => done);
  await page.unroute("**/*");
}

async function expectEventually(check: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("no server action was sent");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
