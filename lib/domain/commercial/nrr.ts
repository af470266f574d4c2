/**
 * Net revenue retention and expansion per AM over a window (12 months), from the account value history. Pure.
 *
 * How moves between AMs are attributed: each account's window is cut into ownership segments at every change of
 * owner. A segment's "base" is the account's value when the segment began (at the window start, or when the AM
 * received it); its "end" is the value when it ended (at the window end, or when the AM handed it on). Each AM is
 * measured on their own segments only, so the AM who held an account when it grew gets the expansion and the AM who
 * held it when it shrank or was lost carries that; a move itself is neither a loss for the giver nor a win for the
 * receiver. A value change written in the same edit as a move counts for the receiving AM. Accounts created inside
 * the window are new business ("won", at their value at the window end or hand-over), not part of retention.
 *
 * NRR = Σ end / Σ base over an AM's segments with a base above 0; null when they held no paying account.
 */

export type ValueEvent = {
  accountId: string;
  /** The owner after the change. */
  amId: string;
  at: Date;
  kind: "CREATED" | "CHANGED" | "MOVED" | "LOST" | "RESTORED";
  fromValue: number;
  toValue: number;
};

export type AmGrowth = {
  amId: string;
  /** Σ base: the paying book the AM started with or received. */
  startingValue: number;
  /** Σ end of those same segments. */
  retainedValue: number;
  expansion: number;
  contraction: number;
  lost: number;
  /** Value of accounts created in the window while the AM held them. */
  won: number;
  /** Retained ÷ starting (1 = 100 %); null without a starting book. */
  nrr: number | null;
  /** Net change of the book: retained + won − starting. */
  netChange: number;
};

type Segment = { amId: string; base: number; end: number; isNew: boolean };

function segmentsOf(events: readonly ValueEvent[], start: Date, end: Date): Segment[] {
  const before = events.filter((e) => e.at < start);
  const inside = events.filter((e) => e.at >= start && e.at <= end);
  const last = before.at(-1);
  const segments: Segment[] = [];
  let current: Segment | null = last ? { amId: last.amId, base: last.toValue, end: last.toValue, isNew: false } : null;
  for (const event of inside) {
    if (!current) {
      // Created inside the window (or first seen): new business for whoever held it.
      current = { amId: event.amId, base: 0, end: event.toValue, isNew: true };
      continue;
    }
    if (event.amId !== current.amId) {
      segments.push(current);
      // The receiver's base is the value as received (before any value change written in the same edit).
      current = { amId: event.amId, base: current.end, end: event.toValue, isNew: current.isNew };
      continue;
    }
    current.end = event.toValue;
  }
  if (current) segments.push(current);
  return segments;
}

function emptyGrowth(amId: string): AmGrowth {
  return {
    amId,
    startingValue: 0,
    retainedValue: 0,
    expansion: 0,
    contraction: 0,
    lost: 0,
    won: 0,
    nrr: null,
    netChange: 0,
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Growth per AM over [start, end]; events of any order, any accounts. */
export function growthByAm(events: readonly ValueEvent[], start: Date, end: Date): Map<string, AmGrowth> {
  const byAccount = new Map<string, ValueEvent[]>();
  for (const e of events) {
    const list = byAccount.get(e.accountId);
    if (list) list.push(e);
    else byAccount.set(e.accountId, [e]);
  }
  const out = new Map<string, AmGrowth>();
  for (const list of byAccount.values()) {
    list.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const segment of segmentsOf(list, start, end)) {
      const growth = out.get(segment.amId) ?? emptyGrowth(segment.amId);
      out.set(segment.amId, growth);
      if (segment.isNew) {
        growth.won += segment.end - segment.base;
        continue;
      }
      if (segment.base <= 0) {
        // Received or started at 0 (paused at nothing) and now paying: counts as won, there was nothing to retain.
        growth.won += segment.end;
        continue;
      }
      growth.startingValue += segment.base;
      growth.retainedValue += segment.end;
      if (segment.end === 0) growth.lost += segment.base;
      else if (segment.end > segment.base) growth.expansion += segment.end - segment.base;
      else growth.contraction += segment.base - segment.end;
    }
  }
  for (const growth of out.values()) {
    for (const key of ["startingValue", "retainedValue", "expansion", "contraction", "lost", "won"] as const) {
      growth[key] = round2(growth[key]);
    }
    growth.nrr = growth.startingValue > 0 ? growth.retainedValue / growth.startingValue : null;
    growth.netChange = round2(growth.retainedValue + growth.won - growth.startingValue);
  }
  return out;
}

/** The 12-month window ending today. */
export function growthWindow(today: Date, months = 12): { start: Date; end: Date } {
  const start = new Date(today);
  start.setUTCMonth(start.getUTCMonth() - months);
  return { start, end: today };
}
