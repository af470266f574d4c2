import { randomUUID } from "node:crypto";
import { afterAll, expect, it, vi } from "vitest";
import { logCheckIn } from "@/lib/actions/check-ins";
import { createPrismaForPostgres } from "../../lib/db/client";
import { setAppDatabase } from "../../lib/db/prisma";
import { signInAs } from "../support/session";

vi.mock("@/lib/auth/session", async () => (await import("../support/session")).sessionModuleMock);

/**
 * With the database unreachable (nothing listens on port 1), even the membership lookup fails: the action must still
 * answer a typed result, never throw (which Next turns into an HTTP 500): "busy", since nothing was done and the same
 * request may be sent again once the database is back. The fault script
 * (scripts/faults/run.ts) exercises the same path against a real PostgreSQL restart.
 */
const unreachable = createPrismaForPostgres("postgresql://postgres@127.0.0.1:1/nowhere", 1);
afterAll(() => unreachable.$disconnect());

it("an action whose database is down answers { ok: false, code: 'busy' } instead of throwing", async () => {
  setAppDatabase(unreachable);
  signInAs({ id: randomUUID(), name: "Someone", email: "someone@example.test" });
  const result = await logCheckIn("northwind", {
    accountId: randomUUID(),
    channel: "CALL",
    sentiment: 3,
    summary: "Weekly call",
  });
  expect(result).toMatchObject({ ok: false, code: "busy", message: expect.stringMatching(/try again/) });
});
