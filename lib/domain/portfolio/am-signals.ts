/**
 * Signals about account managers: their status against the guideline, burnout risk and the "AM wearing the PM hat".
 */
import { isCheckInOverdue } from "./cadence";
import { describeGuideline, type Guideline } from "./guideline";
import { assessBook, countsTowardLoad, type BookAssessment } from "./load";
import type { AccountSnapshot, AmSnapshot, ProjectSnapshot, Signal, SignalRules } from "./signal-types";
import { compareNames, formatAmount, formatPercent, formatRange, plural } from "./text";

function accountsByAm(accounts: readonly AccountSnapshot[]): Map<string, AccountSnapshot[]> {
  const byAm = new Map<string, AccountSnapshot[]>();
  for (const account of accounts) {
    const list = byAm.get(account.amId);
    if (list) list.push(account);
    else byAm.set(account.amId, [account]);
  }
  return byAm;
}

function amSubject(am: AmSnapshot) {
  return { kind: "am" as const, id: am.id, name: am.name };
}

function carries(am: AmSnapshot, book: BookAssessment): string {
  return `${am.name} carries ${plural(book.weightedLoad, "weighted account")} (${plural(book.load, "account")})`;
}

/** AM_OVERLOADED / AM_AT_CAPACITY / AM_UNDER_USED: one signal per AM whose status is not HEALTHY. */
export function amLoadSignals(
  ams: readonly AmSnapshot[],
  accounts: readonly AccountSnapshot[],
  guideline: Guideline,
): Signal[] {
  const byAm = accountsByAm(accounts);
  const rule = describeGuideline(guideline);
  return ams.flatMap((am): Signal[] => {
    const book = assessBook(byAm.get(am.id) ?? [], guideline);
    const subject = amSubject(am);
    switch (book.status) {
      case "OVERLOADED":
        return [{ type: "AM_OVERLOADED", severity: "critical", subject, reason: `${carries(am, book)}; ${rule}.` }];
      case "AT_CAPACITY":
        return [
          {
            type: "AM_AT_CAPACITY",
            severity: "info",
            subject,
            reason: `${carries(am, book)}, the top of the guideline (${rule}); there is no room for another account.`,
          },
        ];
      case "UNDER":
        return [
          {
            type: "AM_UNDER_USED",
            severity: "info",
            subject,
            reason: `${carries(am, book)}; ${rule}, so there is room for ${formatAmount(book.headroom)} more.`,
          },
        ];
      case "HEALTHY":
        return [];
    }
  });
}

/**
 * AM_BURNOUT_RISK: OVERLOADED and (≥ 30 % of their active accounts have overdue check-ins, or ≥ 2 of their active
 * accounts have an OFF_TRACK project). Overload alone is a staffing problem; with slipping check-ins or failing
 * delivery it is a person running out of road.
 */
export function burnoutRiskSignals(
  ams: readonly AmSnapshot[],
  accounts: readonly AccountSnapshot[],
  projects: readonly ProjectSnapshot[],
  guideline: Guideline,
  today: Date,
  rules: Pick<SignalRules, "cadence" | "burnoutOverdueShare" | "burnoutOffTrackAccounts">,
): Signal[] {
  const byAm = accountsByAm(accounts);
  const accountsWithOffTrack = new Set(projects.filter((p) => p.status === "OFF_TRACK").map((p) => p.accountId));
  return ams.flatMap((am): Signal[] => {
    const active = (byAm.get(am.id) ?? []).filter((a) => countsTowardLoad(a.status));
    const book = assessBook(active, guideline);
    if (book.status !== "OVERLOADED") return [];
    const overdue = active.filter((a) => isCheckInOverdue(a.lastCheckInAt, a.tier, today, rules.cadence)).length;
    const offTrack = active.filter((a) => accountsWithOffTrack.has(a.id)).length;
    // Compare counts, not a rounded percentage, so exactly 30 % triggers and 29.9 % does not.
    const tooManyOverdue = overdue > 0 && overdue >= rules.burnoutOverdueShare * active.length - 1e-9;
    const tooManyOffTrack = offTrack >= rules.burnoutOffTrackAccounts;
    if (!tooManyOverdue && !tooManyOffTrack) return [];
    const causes: string[] = [];
    if (tooManyOverdue) {
      causes.push(
        `${overdue} of ${active.length} accounts (${formatPercent(overdue / active.length)}) have overdue check-ins`,
      );
    }
    if (tooManyOffTrack) causes.push(`${plural(offTrack, "account")} have off-track projects`);
    return [
      {
        type: "AM_BURNOUT_RISK",
        severity: "critical",
        subject: amSubject(am),
        reason:
          `${am.name} is overloaded (${plural(book.weightedLoad, "weighted account")}; ` +
          `guideline ${formatRange(guideline.min, guideline.max)}) and ${causes.join(", and ")}.`,
      },
    ];
  });
}

/** ROLE_OVERLAP: an AM who is also the PM of open (not DONE) projects on accounts they own. */
export function roleOverlapSignals(
  ams: readonly AmSnapshot[],
  accounts: readonly AccountSnapshot[],
  projects: readonly ProjectSnapshot[],
): Signal[] {
  const ownerOf = new Map(accounts.map((a) => [a.id, a.amId]));
  // Grouped once by PM, not filtered once per AM (300 AMs × 3,600 projects in a large agency).
  const ownProjectNames = new Map<string, string[]>();
  for (const p of projects) {
    if (p.status === "DONE" || ownerOf.get(p.accountId) !== p.pmId) continue;
    const names = ownProjectNames.get(p.pmId);
    if (names) names.push(p.name);
    else ownProjectNames.set(p.pmId, [p.name]);
  }
  return ams.flatMap((am): Signal[] => {
    const ownProjects = (ownProjectNames.get(am.id) ?? []).sort(compareNames);
    if (ownProjects.length === 0) return [];
    return [
      {
        type: "ROLE_OVERLAP",
        severity: "warning",
        subject: amSubject(am),
        reason:
          `${am.name} is also the project manager of ${plural(ownProjects.length, "project")} on their own accounts ` +
          `(${[...new Set(ownProjects)].join(", ")}), time taken from account management.`,
      },
    ];
  });
}
