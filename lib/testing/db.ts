import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { inject } from "vitest";
import { openEmbeddedDatabase, type Database } from "@/db/client";
import * as schema from "@/db/schema";
import { assertLocalDatabaseUrl } from "./local-database";

/**
 * The database for a test file: the run's fresh Postgres database when DATABASE_URL is set,
 * else an in-memory PGlite. Tests isolate themselves by creating their own tenants.
 */
export async function openTestDatabase(): Promise<Database> {
  const url = inject("testDatabaseUrl");
  if (!url) return openEmbeddedDatabase("memory://");
  assertLocalDatabaseUrl(url);
  return drizzle(postgres(url, { max: 5, onnotice: () => {} }), { schema });
}
