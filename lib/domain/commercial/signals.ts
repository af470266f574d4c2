/**
 * Commercial signals (issue 16), pure: OVER_SERVICING per retainer account and AM_BOOK_SHRANK per AM whose book
 * shrank over 12 months while their load is healthy (the "safe pair of hands" who does not grow accounts).
 */
import { assessBook } from "@/lib/domain/portfolio/load";
import type { Guideline } from "@/lib/domain/portfolio/guideline";
import type { AccountSnapshot, AmSnapshot, Signal } from "@/lib/domain/portfolio/signal-types";
import { formatPercent, plural } from "@/lib/domain/portfolio/text";
import { monthLabel } from "./months";
import { growthByAm, growthWindow, type AmGrowth } from "./nrr";
import { assessOverServicing, DEFAULT_OVER_SERVICING, type OverServicing } from "./over-servicing";
import type { CommercialAccount, CommercialSnapshot } from "./snapshot";

export function formatMoneyPlain(value: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(value);
}

export function formatHours(hours: number): string {
  return `${Math.round(hours * 10) / 10} h`;
}

export type OverServicedAccount = CommercialAccount & { assessment: OverServicing };

/** Every live account with a scope, assessed against the window ending today. */
export function assessAccounts(snapshot: CommercialSnapshot, today: Date): OverServicedAccount[] {
  return snapshot.accounts.flatMap((account) =>
    account.scope && !account.archived
      ? [{ ...account, assessment: assessOverServicing(account.scope, account.usage, today) }]
      : [],
  );
}

export function overServicingSignals(snapshot: CommercialSnapshot, today: Date): Signal[] {
  const pct = formatPercent(DEFAULT_OVER_SERVICING.overShare);
  return assessAccounts(snapshot, today).flatMap(({ assessment, ...account }): Signal[] => {
    if (!assessment.overServiced) return [];
    const months = assessment.months
      .filter((m) => m.over)
      .map((m) => `${monthLabel(m.month)}: ${formatHours(m.used)}`)
      .join(", ");
    return [
      {
        type: "OVER_SERVICING",
        severity: "warning",
        subject: { kind: "account", id: account.accountId, name: `${account.clientName} (${account.accountName})` },
        reason:
          `${account.clientName} (${account.accountName}) ran more than ${pct} over its ` +
          `${formatHours(account.scope?.monthlyHours ?? 0)} a month in ${assessment.overMonths.length} of the last ` +
          `${DEFAULT_OVER_SERVICING.windowMonths} months (${months}): ${formatHours(assessment.hoursGivenAway)} given ` +
          `away, worth ${formatMoneyPlain(assessment.valueGivenAway, snapshot.currency)}.`,
      },
    ];
  });
}

export function growthOfAms(snapshot: CommercialSnapshot, today: Date): Map<string, AmGrowth> {
  const { start, end } = growthWindow(today);
  return growthByAm(snapshot.valueEvents, start, end);
}

/** AM_BOOK_SHRANK: NRR below 100 % and a net loss over 12 months, while the AM's load is within the guideline. */
export function bookShrankSignals(
  ams: readonly AmSnapshot[],
  accounts: readonly AccountSnapshot[],
  guideline: Guideline,
  growth: ReadonlyMap<string, AmGrowth>,
): Signal[] {
  return ams.flatMap((am): Signal[] => {
    const g = growth.get(am.id);
    if (!g || g.nrr === null || g.nrr >= 1 || g.netChange >= 0) return [];
    const own = accounts.filter((a) => a.amId === am.id);
    const book = assessBook(own, guideline);
    // A healthy load: within the guideline (at its top included). Under-used or overloaded AMs have other signals.
    if (book.status !== "HEALTHY" && book.status !== "AT_CAPACITY") return [];
    return [
      {
        type: "AM_BOOK_SHRANK",
        severity: "info",
        subject: { kind: "am", id: am.id, name: am.name },
        reason:
          `${am.name}'s book shrank over 12 months (net revenue retention ${formatPercent(g.nrr)}, ` +
          `${plural(book.load, "account")} at a healthy load): the accounts are looked after but not grown.`,
      },
    ];
  });
}
