import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { createFreshDatabase, dropDatabase } from "../lib/testing/local-database";
import { startLocalIdp, type LocalIdp } from "../scripts/local-idp/index.mjs";
import { startAllFakes } from "./fakes/run";
import {
  APP_PORT,
  APP_URL,
  BACKGROUND_JOBS_RUN,
  IDP_CLIENT,
  IDP_ISSUER,
  IDP_PORT,
  INNGEST_HARNESS_PORT,
  appEnv,
  buildEnv,
} from "./support/e2e-env";
import { assertPortFree, run, spawnLogged, stopProcess, tail, waitForOk } from "./support/processes";

// The app is started here rather than by Playwright's `webServer`, so it can be handed the fresh
// database this setup creates. Returns the teardown, which Playwright runs after the last test.

const ROOT = process.cwd();
const WORK_DIR = path.join(ROOT, ".e2e");
const APP_LOG = path.join(WORK_DIR, "app.log");
const IDP_LOG = path.join(WORK_DIR, "idp.log");
const HARNESS_LOG = path.join(WORK_DIR, "inngest-harness.log");
const TSX_BIN = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const HEALTH_TIMEOUT_MS = 90_000;

export default async function globalSetup() {
  mkdirSync(WORK_DIR, { recursive: true });
  await assertPortFree(APP_PORT, "the app under test");
  await assertPortFree(IDP_PORT, "the local IdP");

  if (!existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("[e2e] no production build in .next; running next build");
    await run(process.execPath, [NEXT_BIN, "build"], buildEnv());
  }

  const cleanups: (() => Promise<void>)[] = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => console.error("[e2e] teardown step failed:", error));
    }
  };

  try {
    const database = await prepareDatabase(cleanups);

    writeFileSync(IDP_LOG, "");
    const idp: LocalIdp = await startLocalIdp({
      port: IDP_PORT,
      issuer: IDP_ISSUER,
      clients: [IDP_CLIENT],
      log: (line) => appendFileSync(IDP_LOG, `${new Date().toISOString()} ${line}\n`),
    });
    cleanups.push(() => idp.close());

    const fakes = await startAllFakes();
    cleanups.push(() => fakes.close());

    // One environment for the app and the Inngest stand-in: both must open the same secrets.
    const env = appEnv(database);
    if (BACKGROUND_JOBS_RUN) {
      writeFileSync(HARNESS_LOG, "");
      const harness = spawnLogged(
        process.execPath,
        [TSX_BIN, "--conditions=react-server", "e2e/inngest-harness/server.ts", String(INNGEST_HARNESS_PORT)],
        { env, logFile: HARNESS_LOG },
      );
      cleanups.push(() => stopProcess(harness));
      await waitForOk(`http://localhost:${INNGEST_HARNESS_PORT}/__harness/runs`, harness, 30_000);
    }

    writeFileSync(APP_LOG, `--- next start ${new Date().toISOString()}\n`);
    const app = spawnLogged(process.execPath, [NEXT_BIN, "start", "-p", String(APP_PORT)], { env, logFile: APP_LOG });
    cleanups.push(() => stopProcess(app));
    try {
      await waitForOk(`${APP_URL}/api/health`, app, HEALTH_TIMEOUT_MS);
    } catch (error) {
      console.error(`[e2e] the app did not come up; last lines of ${path.relative(ROOT, APP_LOG)}:\n${tail(APP_LOG)}`);
      throw error;
    }
    console.log(`[e2e] app on ${APP_URL} (log: ${path.relative(ROOT, APP_LOG)}), local IdP on ${idp.issuer}`);
  } catch (error) {
    await teardown();
    throw error;
  }

  return teardown;
}

/** A fresh, migrated Postgres database when DATABASE_URL is set, else a new PGlite folder. */
async function prepareDatabase(cleanups: (() => Promise<void>)[]): Promise<{ url: string } | { pgliteDir: string }> {
  const keep = Boolean(process.env.KEEP_TEST_DATABASE);
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    const url = await createFreshDatabase(baseUrl, "hub_e2e");
    if (!keep) cleanups.push(() => dropDatabase(url));
    const client = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await migrate(drizzle(client), { migrationsFolder: path.join(ROOT, "db", "migrations") });
    } finally {
      await client.end();
    }
    console.log(`[e2e] fresh database ${new URL(url).pathname.slice(1)}`);
    return { url };
  }
  // The app migrates an embedded database when it first opens it.
  const pgliteDir = path.join(WORK_DIR, `pglite-${Date.now()}`);
  if (!keep) cleanups.push(async () => rmSync(pgliteDir, { recursive: true, force: true }));
  console.log(`[e2e] embedded database in ${path.relative(ROOT, pgliteDir)}`);
  return { pgliteDir };
}
