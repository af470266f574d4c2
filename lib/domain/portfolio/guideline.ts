/**
 * The core rule: how many accounts one account manager should carry, by agency size. The numbers are facts from the
 * seed literature, kept here as data with their source so the UI can show where they come from (DESIGN.md: "facts to
 * display with their source, not magic constants buried in code").
 */
import { formatRange } from "./text";

export type SizeBand = "small" | "mid-size" | "large";

export interface SizeBandRow {
  band: SizeBand;
  /** How the source describes the band. */
  employeesLabel: string;
  /** Inclusive employee-count range; `maxEmployees: null` means no upper bound. */
  minEmployees: number;
  maxEmployees: number | null;
  minAccounts: number;
  maxAccounts: number;
}

export const ACCOUNTS_PER_AM_SOURCE = {
  document: "Mistake #1: Overloading Account Managers",
  citations: ["2022 Agency Pricing & Financials Report (HubSpot)", "SoDA Agency Outlook Survey", "Promethean Research"],
} as const;

/** Small: fewer than 10 employees; mid-size: 10 to 100 inclusive; large: more than 100. */
export const ACCOUNTS_PER_AM_BY_SIZE: readonly SizeBandRow[] = [
  { band: "small", employeesLabel: "fewer than 10", minEmployees: 1, maxEmployees: 9, minAccounts: 4, maxAccounts: 6 },
  {
    band: "mid-size",
    employeesLabel: "10 to 100",
    minEmployees: 10,
    maxEmployees: 100,
    minAccounts: 6,
    maxAccounts: 8,
  },
  {
    band: "large",
    employeesLabel: "more than 100",
    minEmployees: 101,
    maxEmployees: null,
    minAccounts: 8,
    maxAccounts: 10,
  },
];

export interface Guideline {
  /** The agency's size band (still reported when a leader overrides the range, for context). */
  band: SizeBand;
  /** Accounts per AM, compared with the AM's weighted load. */
  min: number;
  max: number;
  source: "size-band" | "override";
}

export interface GuidelineAgencyInput {
  employeeCount: number;
  guidelineMinOverride: number | null;
  guidelineMaxOverride: number | null;
}

function assertPositiveInteger(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${what} must be a positive integer, got ${value}`);
}

/** The size-band row for an agency of `employeeCount` people. Throws RangeError for 0, negatives and fractions. */
export function sizeBandRow(employeeCount: number): SizeBandRow {
  assertPositiveInteger(employeeCount, "employeeCount");
  const row = ACCOUNTS_PER_AM_BY_SIZE.find(
    (r) => employeeCount >= r.minEmployees && (r.maxEmployees === null || employeeCount <= r.maxEmployees),
  );
  // The table covers 1..∞ without gaps, so this only fires if someone edits the data badly.
  if (!row) throw new RangeError(`no size band covers ${employeeCount} employees`);
  return row;
}

export function sizeBand(employeeCount: number): SizeBand {
  return sizeBandRow(employeeCount).band;
}

/**
 * The guideline in force for an agency. A leader's override wins; one side may be overridden alone (the other keeps
 * the size-band value), because the schema stores the two independently. Both null = the size band.
 * Throws RangeError when the resulting range is not 0 ≤ min ≤ max with max ≥ 1.
 */
export function guidelineFor(agency: GuidelineAgencyInput): Guideline {
  const row = sizeBandRow(agency.employeeCount);
  const { guidelineMinOverride: minOverride, guidelineMaxOverride: maxOverride } = agency;
  if (minOverride === null && maxOverride === null) {
    return { band: row.band, min: row.minAccounts, max: row.maxAccounts, source: "size-band" };
  }
  const min = minOverride ?? row.minAccounts;
  const max = maxOverride ?? row.maxAccounts;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < 1 || min > max) {
    throw new RangeError(`guideline override must satisfy 0 ≤ min ≤ max, max ≥ 1 (integers); got ${min}–${max}`);
  }
  return { band: row.band, min, max, source: "override" };
}

/** "the guideline for a mid-size agency is 6–8" or "the agency's own guideline is 5–7", for reasons. */
export function describeGuideline(guideline: Pick<Guideline, "band" | "min" | "max" | "source">): string {
  const range = formatRange(guideline.min, guideline.max);
  return guideline.source === "override"
    ? `the agency's own guideline is ${range}`
    : `the guideline for a ${guideline.band} agency is ${range}`;
}
