import { expect } from "vitest";
import type { Db } from "../../lib/db/client";
import { changeEvents } from "./people-state";

/** Reads what a refused call must leave as it was (rows, change events), to compare before and after. */
type Snapshot = () => Promise<unknown>;

/** The input is refused (as `code`, "invalid" unless said) with field errors on `field`, and the snapshot reads the same afterwards. */
export async function expectInvalidUnchanged(
  snapshot: Snapshot,
  result: Promise<unknown>,
  field: string,
  code = "invalid",
) {
  const before = await snapshot();
  expect(await result).toMatchObject({ ok: false, code, fieldErrors: { [field]: expect.any(Array) } });
  expect(await snapshot()).toEqual(before);
}

/**
 * The call is refused as `code` and the snapshot reads the same afterwards; given `countDenials`, the refusal adds
 * exactly one access.denied audit event to what it counts.
 */
export async function expectRefusedUnchanged(
  snapshot: Snapshot,
  call: () => Promise<unknown>,
  code: "forbidden" | "not_found" | "conflict",
  countDenials?: () => Promise<number>,
) {
  const before = await snapshot();
  const deniedBefore = await countDenials?.();
  expect(await call()).toMatchObject({ ok: false, code });
  expect(await snapshot()).toEqual(before);
  if (countDenials) expect(await countDenials()).toBe(deniedBefore! + 1);
}

/** A snapshot of what `state` reads plus one agency's change events (audit events other than refusals). */
export const withChangeEvents = (admin: Db, agencyId: string, state: (admin: Db) => Promise<unknown>) => async () => ({
  state: await state(admin),
  events: await changeEvents(admin, agencyId),
});

/** Counts one agency's access.denied audit events (refusals after sign-in). */
export const denialsIn = (admin: Db, agencyId: string) => () =>
  admin.auditEvent.count({ where: { agencyId, action: "access.denied" } });
