import { mkdirSync } from "node:fs";
import path from "node:path";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

// Both drivers share drizzle's Postgres query API; PGlite's database is typed as the postgres-js one.
export type Database = PostgresJsDatabase<typeof schema>;

export const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");

export async function openDatabase(url = env().DATABASE_URL): Promise<Database> {
  if (url) return drizzlePostgres(postgres(url, { max: 10, onnotice: () => {} }), { schema });
  return openEmbeddedDatabase(env().PGLITE_DIR);
}

/** PGlite in a folder (or in memory for `memory://`), migrated before first use. */
export async function openEmbeddedDatabase(dataDir: string): Promise<Database> {
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return db as unknown as Database;
}

/** A transaction handle; query functions that may run inside one take `Executor`. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;
