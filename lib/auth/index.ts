import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import { getDb } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { env } from "@/lib/env";
import { configuredProviders } from "./providers";

// Lazy configuration: the database is opened on the first request, never during `next build`.
export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const e = env();
  const db = await getDb();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    // Database sessions, so removing a member or signing out elsewhere takes effect at once.
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60 },
    providers: configuredProviders(e),
    secret: e.AUTH_SECRET,
    trustHost: true,
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      session({ session, user }) {
        session.user.id = user.id;
        return session;
      },
    },
  };
});
