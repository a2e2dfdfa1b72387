import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { createFreshDatabase, dropDatabase } from "./local-database";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string | null;
  }
}

/** With DATABASE_URL set, the whole run gets one fresh, migrated database on that server. */
export default async function setup(project: TestProject) {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    project.provide("testDatabaseUrl", null);
    return;
  }
  const url = await createFreshDatabase(baseUrl, "hub_vitest");
  const client = postgres(url, { max: 1, onnotice: () => {} });
  await migrate(drizzle(client), { migrationsFolder: "db/migrations" });
  await client.end();
  project.provide("testDatabaseUrl", url);
  return async () => {
    if (!process.env.KEEP_TEST_DATABASE) await dropDatabase(url);
  };
}
