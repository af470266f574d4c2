/** Small formatting helpers shared by the plain-language reasons, so every message writes numbers the same way. */

/** Weighted loads are multiples of 0.5: print "9.5" and "8", never "8.0" or "9.499999". */
export function formatAmount(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

const COUNT = new Intl.NumberFormat("en");

/** A count as people read it: "3,600", the way the pager and every list header write it. */
export const formatCount = (count: number): string => COUNT.format(count);

/** "1 account", "3 accounts". The plural defaults to the singular plus "s". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatAmount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** A guideline range as people write it: "6–8" (en dash). */
export function formatRange(min: number, max: number): string {
  return `${min}–${max}`;
}

/** How reasons name an account: the client first, since that is how AMs think of them ("Acme (Retainer: social)"). */
export function accountLabel(account: { clientName: string; name: string }): string {
  return `${account.clientName} (${account.name})`;
}

/** Whole-number percentage for reasons ("44%"). */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

// One collator for every comparison: `localeCompare(b, "en")` builds a new one per call, which made sorting a
// 3,600-account portfolio cost hundreds of milliseconds (scripts/bench/portfolio.ts).
const englishCollator = new Intl.Collator("en");

/** Name order for people, clients and accounts; a fixed locale keeps tie-breaks identical on every machine. */
export function compareNames(a: string, b: string): number {
  return englishCollator.compare(a, b);
}
