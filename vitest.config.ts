import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests run lib code directly.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**/*.spec.ts"],
    globalSetup: ["lib/testing/global-setup.ts"],
    testTimeout: 20_000,
    env: {
      // A fixed key for tests only; tests that rotate keys build their own keyrings.
      ENCRYPTION_KEYS: "vitest:dGVzdC1vbmx5LWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=",
      ALLOW_CUSTOM_BASE_URLS: "true",
      PROVIDER_TIMEOUT_MS: "500",
      PROVIDER_MAX_RETRIES: "1",
    },
    hookTimeout: 60_000,
  },
});
