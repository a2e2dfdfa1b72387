import { existsSync } from "node:fs";
import { openDatabase, type Database } from "@/db/client";
import { keyringFromEnv } from "./keyring";
import { resealAllSecrets } from "./reseal-all";

// `npm run crypto:rotate`: re-seals every stored secret with ENCRYPTION_KEY_CURRENT, after
// which keys no longer in use can be removed from ENCRYPTION_KEYS.

async function main(): Promise<number> {
  const keyring = keyringFromEnv();
  const db = await openDatabase();
  try {
    console.log(`Re-sealing integration secrets with key '${keyring.currentKid}'...`);
    const report = await resealAllSecrets(db, keyring);
    console.log(
      `scanned ${report.scanned}, resealed ${report.resealed}, failed ${report.failed}, skipped ${report.skipped}`,
    );
    for (const failure of report.failures) {
      console.log(`  could not open integration ${failure.integrationId} ${failure.field}: ${failure.code}`);
    }
    if (report.skipped > 0) console.log("Some rows changed during the run: run it again to re-seal them.");
    return report.failed > 0 ? 1 : 0;
  } finally {
    await closeDatabase(db);
  }
}

async function closeDatabase(database: Database): Promise<void> {
  // postgres-js has end(), PGlite has close(); an open client keeps the process alive.
  // The Database type leaves $client out because the two drivers' clients differ.
  const { $client: client } = database as unknown as {
    $client: { end?: () => Promise<void>; close?: () => Promise<void> };
  };
  await (client.end?.() ?? client.close?.());
}

// tsx does not read .env files the way Next does; variables already set still win.
for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);

try {
  process.exitCode = await main();
} catch (error) {
  // Our errors are written to be shown (they name kids and variables, never secrets).
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
