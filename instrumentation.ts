// Runs once when a server starts. A misconfigured production server stops here, with every
// bad variable named, instead of failing on some later request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const e = env();
  if (e.NODE_ENV === "production") {
    const { keyringFromEnv } = await import("@/lib/crypto/keyring");
    keyringFromEnv();
  }
}
