import { requireAuthSecret } from "@/lib/env";

/**
 * Runs once when a server starts (next start, next dev). Without NEXTAUTH_SECRET next-auth would sign sessions with
 * a guessable fallback in development and fail at the first request in production: refuse to start instead, in every
 * mode. `npm run dev` and `npm run demo` generate a local secret (scripts/dev.ts).
 */
export async function register(): Promise<void> {
  requireAuthSecret();
}
