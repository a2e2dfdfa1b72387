import { z } from "zod";

// The only reader of process.env in the app. Everything else imports `env()`.

const optional = z
  .string()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optional.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    PGLITE_DIR: z.string().default(".data/pglite"),
    REDIS_URL: optional.pipe(z.url({ protocol: /^rediss?$/ }).optional()),

    AUTH_SECRET: optional,
    AUTH_URL: optional.pipe(z.url().optional()),
    AUTH_GITHUB_ID: optional,
    AUTH_GITHUB_SECRET: optional,
    AUTH_GOOGLE_ID: optional,
    AUTH_GOOGLE_SECRET: optional,
    AUTH_MICROSOFT_ENTRA_ID_ID: optional,
    AUTH_MICROSOFT_ENTRA_ID_SECRET: optional,
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: optional.pipe(z.url().optional()),
    AUTH_OIDC_ISSUER: optional.pipe(z.url().optional()),
    AUTH_OIDC_ID: optional,
    AUTH_OIDC_SECRET: optional,
    AUTH_OIDC_NAME: z.string().default("OpenID Connect"),

    /** Comma-separated `kid:base64key` pairs; every key is 32 random bytes. */
    ENCRYPTION_KEYS: optional,
    /** The kid that seals new values; defaults to the first in ENCRYPTION_KEYS. */
    ENCRYPTION_KEY_CURRENT: optional,

    /** Lets integration settings change a provider's API base URL (tests point it at fakes). */
    ALLOW_CUSTOM_BASE_URLS: z
      .enum(["true", "false", "1", "0"])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === "true" || v === "1")),

    /** Per-attempt timeout and retries of every provider call (the gateway's defaults). */
    PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    PROVIDER_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),

    INNGEST_EVENT_KEY: optional,
    INNGEST_SIGNING_KEY: optional,
    INNGEST_DEV: optional,
    INNGEST_BASE_URL: optional.pipe(z.url().optional()),
  })
  .superRefine((v, ctx) => {
    if (v.NODE_ENV !== "production") return;
    if (!v.AUTH_SECRET) ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
    if (!v.ENCRYPTION_KEYS)
      ctx.addIssue({ code: "custom", path: ["ENCRYPTION_KEYS"], message: "is required in production" });
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Validated environment; throws naming every bad variable (never their values). */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** Custom provider base URLs: allowed in development, opt-in in production. */
export function customBaseUrlsAllowed(e: Env = env()): boolean {
  return e.ALLOW_CUSTOM_BASE_URLS ?? e.NODE_ENV !== "production";
}

/** For tests that change variables between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
