import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { MIGRATIONS_DIR, openEmbeddedDatabase } from "./client";

// `npm run db:migrate`: applies db/migrations to DATABASE_URL, or to the embedded database.
const url = process.env.DATABASE_URL;
if (url) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_DIR });
  await client.end();
} else {
  await openEmbeddedDatabase(process.env.PGLITE_DIR ?? ".data/pglite");
}
console.log("migrations applied");
