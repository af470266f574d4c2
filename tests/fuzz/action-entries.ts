import type { ActionEntry } from "./action-registry";
import type { Tenant, Tenants } from "./fixtures";

/**
 * Builders for the registry's common entry shapes (format: action-registry.ts), so each area file lists only what
 * differs between its actions. `more` carries the optional fields (freeText, actor, textCases, refused).
 */
type Extras = Omit<Partial<ActionEntry>, "call" | "valid" | "foreignIds">;
type Fields = Record<string, unknown>;

/** A defineAction action `(agencySlug, input)`. */
export const memberAction = (
  valid: ActionEntry["valid"],
  foreignIds: ActionEntry["foreignIds"],
  more: Extras = {},
): ActionEntry => ({ call: "member", valid, foreignIds, ...more });

/** A defineAction action whose input names no row of any agency, so there is nothing foreign to probe. */
export const rowlessAction = (valid: ActionEntry["valid"], more: Extras = {}): ActionEntry =>
  memberAction(valid, () => [], more);

/**
 * A defineAction action on one row: the valid input names tenant t's row in `field`, and each probe names agency B's
 * row there instead (the probes default to the valid input's other fields).
 */
export const rowAction = (
  field: string,
  row: keyof Tenant["ids"],
  fields: Fields = {},
  probes: Fields[] = [fields],
  more: Extras = {},
): ActionEntry =>
  memberAction(
    (t) => ({ [field]: t.ids[row], ...fields }),
    ({ b }: Tenants) => probes.map((probe) => ({ [field]: b.ids[row], ...probe })),
    more,
  );

/** A CSV preview reads only and answers a file with problems inside an ok result: problems count as its refusal. */
export const previewRefused: ActionEntry["refused"] = (result) => {
  const r = result as { ok: boolean; data?: { errorCount: number } };
  return !r.ok || (r.data?.errorCount ?? 0) > 0;
};

/**
 * A CSV import (preview or commit). Its rows name clients, contacts and people by name, never by id, so the probe is
 * A's file naming B's rows: unknown names there.
 */
export const csvImportAction = (
  fileName: string,
  csvFor: (t: Tenant) => string,
  refused?: ActionEntry["refused"],
): ActionEntry => {
  const input = (t: Tenant) => ({ text: csvFor(t), fileName, dateFormat: "ISO" });
  return memberAction(input, ({ a, b }) => [{ ...input(a), text: csvFor(b) }], {
    freeText: ["fileName", "text"],
    textCases: 50, // each stored file name re-runs the whole import (lock, load, plan, audit)
    refused,
  });
};

/** A defineAction action probed with its valid input in A where each swap puts one of B's rows in. */
export const swapAction = (
  valid: (t: Tenant) => Fields,
  swaps: (b: Tenant) => Fields[],
  more: Extras = {},
): ActionEntry => memberAction(valid, ({ a, b }) => swaps(b).map((swap) => ({ ...valid(a), ...swap })), more);
