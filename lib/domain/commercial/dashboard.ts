/**
 * The dashboard's commercial figures (pure): time given away over the over-servicing window by AM and by client, and
 * account growth per AM over 12 months. Composed from the same snapshot as the signals, so no extra query.
 */
import type { AmSnapshot } from "@/lib/domain/portfolio/signal-types";
import { compareNames } from "@/lib/domain/portfolio/text";
import { recentMonths } from "./months";
import type { AmGrowth } from "./nrr";
import { DEFAULT_OVER_SERVICING } from "./over-servicing";
import { assessAccounts, growthOfAms } from "./signals";
import type { CommercialSnapshot } from "./snapshot";

export type GivenAwayRow = { id: string; name: string; hours: number; value: number };
export type AmGrowthRow = AmGrowth & { name: string };

export type CommercialDashboard = {
  /** The months of "the last quarter": today's and the two before. */
  months: string[];
  givenAwayByAm: GivenAwayRow[];
  givenAwayByClient: GivenAwayRow[];
  totalHours: number;
  totalValue: number;
  growth: AmGrowthRow[];
};

const round = (v: number) => Math.round(v * 100) / 100;

function add(map: Map<string, GivenAwayRow>, id: string, name: string, hours: number, value: number) {
  const row = map.get(id) ?? { id, name, hours: 0, value: 0 };
  row.hours = round(row.hours + hours);
  row.value = round(row.value + value);
  map.set(id, row);
}

const byValue = (a: GivenAwayRow, b: GivenAwayRow) =>
  b.value - a.value || b.hours - a.hours || compareNames(a.name, b.name);

export function buildCommercialDashboard(
  commercial: CommercialSnapshot,
  ams: readonly AmSnapshot[],
  today: Date,
  shownAmIds?: ReadonlySet<string>,
): CommercialDashboard {
  const amName = new Map(ams.map((a) => [a.id, a.name]));
  const byAm = new Map<string, GivenAwayRow>();
  const byClient = new Map<string, GivenAwayRow>();
  for (const account of assessAccounts(commercial, today)) {
    if (shownAmIds && !shownAmIds.has(account.amId)) continue;
    const { hoursGivenAway, valueGivenAway } = account.assessment;
    if (hoursGivenAway <= 0) continue;
    add(byAm, account.amId, amName.get(account.amId) ?? "Former AM", hoursGivenAway, valueGivenAway);
    add(byClient, account.clientId, account.clientName, hoursGivenAway, valueGivenAway);
  }
  const givenAwayByAm = [...byAm.values()].sort(byValue);
  const growth = [...growthOfAms(commercial, today).values()]
    .filter((g) => amName.has(g.amId) && (!shownAmIds || shownAmIds.has(g.amId)))
    .map((g) => ({ ...g, name: amName.get(g.amId)! }))
    .sort((a, b) => (b.nrr ?? -1) - (a.nrr ?? -1) || compareNames(a.name, b.name));
  return {
    months: recentMonths(today, DEFAULT_OVER_SERVICING.windowMonths),
    givenAwayByAm,
    givenAwayByClient: [...byClient.values()].sort(byValue),
    totalHours: round(givenAwayByAm.reduce((s, r) => s + r.hours, 0)),
    totalValue: round(givenAwayByAm.reduce((s, r) => s + r.value, 0)),
    growth,
  };
}
