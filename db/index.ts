import "server-only";
import { openDatabase, type Database } from "./client";

export type { Database, Executor, Transaction } from "./client";

const globalForDb = globalThis as unknown as { hubDb?: Promise<Database> };

/**
 * The app's database, opened once per process. Postgres when DATABASE_URL is set,
 * otherwise embedded PGlite with migrations applied on open.
 */
export function getDb(): Promise<Database> {
  globalForDb.hubDb ??= openDatabase();
  return globalForDb.hubDb;
}

/** Points the app's database at one a test opened, so lib code runs against it unchanged. */
export function useDatabaseForTests(db: Database): void {
  globalForDb.hubDb = Promise.resolve(db);
}
