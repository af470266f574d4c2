import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { databaseUnavailableReason } from "@/lib/db/busy";
import { env } from "@/lib/env";
import { clientIp } from "./client-ip";
import { verifyCredentials } from "./credentials";
import { assertSessionValid, SessionRevokedError } from "./session-guard";

export const RATE_LIMITED_MESSAGE = "Too many sign-in attempts. Wait 15 minutes and try again.";

export const authOptions: NextAuthOptions = {
  // maxAge is the idle expiry (each request extends it); session-guard.ts caps the absolute lifetime.
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  secret: env.NEXTAUTH_SECRET,
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const email = credentials?.email ?? "";
        const password = credentials?.password ?? "";
        if (!email || !password || password.length > 200) return null;
        const result = await verifyCredentials(email, password, clientIp(req.headers));
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new Error(RATE_LIMITED_MESSAGE);
        return null; // one generic message for unknown email and wrong password alike
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        // Signing in: remember which session version this token belongs to, and when the person signed in.
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
        token.authTime = Math.floor(Date.now() / 1000);
        return token;
      }
      // Every later read of the session (pages, actions, /api/auth/session): throwing here makes next-auth answer
      // "no session" and clear the cookie.
      try {
        await assertSessionValid(token);
      } catch (error) {
        // The database is unreachable, so the session version cannot be read. Signing the person out would turn a
        // short outage into lost sessions and drafts; keeping the token gives nothing away, since no page or action
        // can read or write without the database (they answer 503 / "busy"), and the next request checks again.
        if (databaseUnavailableReason(error) !== null) return token;
        throw error;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
  logger: {
    error(code, metadata) {
      // A revoked session is an expected outcome, not an error worth a stack trace on every request.
      const error = (metadata as { error?: unknown } | undefined)?.error ?? metadata;
      if (code === "JWT_SESSION_ERROR" && (error as Error | undefined)?.name === SessionRevokedError.name) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
