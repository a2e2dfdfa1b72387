import { defineConfig } from "drizzle-kit";

// drizzle-kit is a tool outside the app, so it reads the environment itself.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/integration_hub" },
  strict: true,
  verbose: true,
});
