import { randomUUID } from "node:crypto";
import { afterAll, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { SessionRevokedError } from "@/lib/auth/session-guard";
import { createPrismaForPostgres } from "../../lib/db/client";
import { setAppDatabase } from "../../lib/db/prisma";

/**
 * The session check reads the user's session version on every request. With the database unreachable that read
 * fails; a throw in the jwt callback makes next-auth answer "no session" and clear the cookie, so a five-second outage
 * signed out everyone who clicked during it (the fault run counted 252 writes answered "unauthenticated"). The token
 * is kept instead: nothing can be read or written without the database anyway (pages answer 503, actions "busy"),
 * and the check runs again on the first request after it is back.
 */
const unreachable = createPrismaForPostgres("postgresql://postgres@127.0.0.1:1/nowhere", 1);
afterAll(() => unreachable.$disconnect());

const jwt = authOptions.callbacks!.jwt!;
const now = () => Math.floor(Date.now() / 1000);

it("keeps the session when the database cannot be reached to check it", async () => {
  setAppDatabase(unreachable);
  const token = { sub: randomUUID(), sv: 1, authTime: now() };
  await expect(jwt({ token, trigger: "update" } as never)).resolves.toEqual(token);
});

it("still refuses a token the guard can judge without the database (no session version, too old)", async () => {
  setAppDatabase(unreachable);
  await expect(jwt({ token: { sub: randomUUID() } } as never)).rejects.toBeInstanceOf(SessionRevokedError);
  const old = { sub: randomUUID(), sv: 1, authTime: now() - 13 * 60 * 60 };
  await expect(jwt({ token: old } as never)).rejects.toBeInstanceOf(SessionRevokedError);
});
