import { vi } from "vitest";
import type { SessionUser } from "../../lib/auth/session";

/**
 * Server actions read the signed-in user from next-auth, which needs a Next request. Integration tests stand in
 * for next-auth only (never for the database): `vi.mock("@/lib/auth/session", () => sessionModuleMock)` in the test
 * file, then `signInAs(user)` before calling actions.
 */
let current: SessionUser | null = null;

/** Takes any row with a user's id, name and e-mail; the session holds those three only, as next-auth's does. */
export function signInAs(user: SessionUser | null) {
  current = user && { id: user.id, name: user.name, email: user.email };
}

export const sessionModuleMock = {
  getSessionUser: vi.fn(async () => current),
  requireUser: vi.fn(async () => {
    if (!current) throw new Error("not signed in");
    return current;
  }),
};
