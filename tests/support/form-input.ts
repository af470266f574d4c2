import { expect } from "vitest";
import type { ActionResult } from "../../lib/actions/result";
import type { AgencyFixture } from "../factories/tenants";

/** What an action receives from its form: plain fields, strings mostly, as the browser sends them. */
export type FormInput = Record<string, unknown>;

/** An action's valid input as a builder: each call gives the defaults with the fields a test is about laid over them. */
export const inputWith =
  <Defaults extends FormInput>(defaults: Defaults) =>
  (patch: FormInput = {}) => ({ ...defaults, ...patch });

/** A check-in the fixture agency's AM may log on its account (a call on the phone, sentiment 4). */
export const checkInOn = (agency: AgencyFixture, patch: FormInput = {}) => ({
  accountId: agency.account.id,
  channel: "CALL",
  sentiment: 4,
  summary: "Caught up",
  ...patch,
});

/**
 * Field → the values it must refuse, as `[field, value]` cases: each value is sent alone in place of the valid one,
 * and the refusal is expected on that field.
 */
export const badValueCases = (badValues: Record<string, readonly unknown[]>) =>
  Object.entries(badValues).flatMap(([field, values]) => values.map((value) => [field, value] as const));

/** Sends `valid` with each bad value in turn; `expectRejected` checks each is refused on its field, nothing changed. */
export async function expectEachRejected(
  expectRejected: (result: Promise<unknown>, field: string) => Promise<unknown>,
  send: (input: FormInput) => Promise<unknown>,
  valid: FormInput,
  badValues: Record<string, readonly unknown[]>,
) {
  for (const [field, value] of badValueCases(badValues))
    await expectRejected(send({ ...valid, [field]: value }), field);
}

/** The data of an action's ok result; fails the test, showing the refusal, when the action refused. */
export function acceptedData<T>(result: ActionResult<T>): T {
  expect(result).toMatchObject({ ok: true });
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.data;
}
