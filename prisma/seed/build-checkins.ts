/** A year of check-ins per account at the tier's cadence, with attendees, sentiment trends and overdue gaps. */
import { randomUUID } from "node:crypto";
import { checkInSummary, nextSteps } from "./copy";
import { addDays, daysBetween, timeDaysAgo } from "./dates";
import type { Rng } from "./random";
import type { AccountPlan, BuildContext } from "./types";
import { isLive } from "./types";

const REASONS = ["DELIVERY", "BUDGET", "COMMUNICATION", "RESULTS", "STAFFING", "STRATEGY", "OTHER"] as const;
type Channel = "CALL" | "MEETING" | "EMAIL" | "QBR" | "CHAT" | "OTHER";
const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));

export function buildCheckIns(ctx: BuildContext, accounts: AccountPlan[]) {
  for (const account of accounts) buildAccountCheckIns(ctx, account);
}

/** Days-ago of each check-in, oldest first. */
function schedule(rng: Rng, account: AccountPlan, cadence: number, ageDays: number): number[] {
  const historyDays = Math.min(365, ageDays);
  let last: number;
  if (!isLive(account.status)) last = account.inactiveSinceDays + rng.int(0, 10);
  else if (account.overdue) last = Math.min(cadence + rng.int(3, cadence), historyDays);
  else last = rng.int(1, Math.max(1, cadence - 3));
  if (isLive(account.status) && account.overdue && last <= cadence) return [];
  const days: number[] = [];
  for (let d = last; d <= historyDays; d += Math.max(3, Math.round(cadence * rng.float(0.6, 1.05)))) days.push(d);
  return days.reverse();
}

function sentiments(rng: Rng, account: AccountPlan, count: number): number[] {
  const base =
    account.status === "ACTIVE"
      ? rng.weighted([
          [5, 3],
          [4, 5],
          [3, 2],
        ])
      : account.status === "AT_RISK"
        ? rng.weighted([
            [3, 3],
            [2, 2],
          ])
        : rng.weighted([
            [3, 2],
            [2, 1],
          ]);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    // Troubled accounts were fine once: older check-ins sit a point higher.
    const drift = account.status !== "ACTIVE" && i < count - 4 ? 1 : 0;
    out.push(
      clamp(
        base +
          drift +
          rng.weighted([
            [-1, 2],
            [0, 6],
            [1, 2],
          ]),
      ),
    );
  }
  const n = out.length;
  if (account.sentimentDrop && n >= 5) {
    for (let i = n - 5; i < n - 2; i++) out[i] = Math.max(4, out[i]!);
    out[n - 2] = rng.int(1, 2);
    out[n - 1] = 2;
  } else if (n >= 5) {
    // Keep accidental drops out: only the accounts picked for it show the signal.
    const previous = (out[n - 5]! + out[n - 4]! + out[n - 3]!) / 3;
    for (let i = n - 2; i < n; i++) out[i] = Math.max(out[i]!, Math.ceil(previous - 1));
  }
  return out;
}

function buildAccountCheckIns(ctx: BuildContext, account: AccountPlan) {
  const { rng, clock, rows } = ctx;
  const cadence = ctx.cadence[account.client.tier];
  const days = schedule(rng, account, cadence, daysBetween(account.startDate, clock.today));
  const scores = sentiments(rng, account, days.length);
  const active = account.client.contacts.filter((c) => c.active);
  days.forEach((ago, i) => {
    const tier1 = account.client.tier === "TIER_1";
    const channel: Channel =
      tier1 && i % 6 === 5
        ? "QBR"
        : rng.weighted<Channel>([
            ["CALL", 35],
            ["MEETING", 25],
            ["EMAIL", 15],
            ["CHAT", 15],
            ["OTHER", 4],
          ]);
    const sentiment = scores[i]!;
    const occurredAt = timeDaysAgo(clock, ago, rng.int(9, 17), rng.pick([0, 15, 30, 45]));
    const byLeader = (channel === "QBR" || channel === "MEETING") && rng.chance(0.08);
    const id = randomUUID();
    rows.checkIns.push({
      id,
      agencyId: ctx.agencyId,
      accountId: account.id,
      authorId: byLeader ? ctx.leader.id : account.am.id,
      occurredAt,
      channel,
      sentiment,
      sentimentReason: sentiment <= 3 ? rng.pick(REASONS) : null,
      summary: checkInSummary(rng, sentiment),
      nextSteps: nextSteps(rng),
      nextDueAt: addDays(occurredAt, cadence),
      createdAt: new Date(occurredAt.getTime() + rng.int(5, 180) * 60_000),
    });
    let attendees: string[];
    if (account.client.singleContact) attendees = [account.client.contacts[0]!.id];
    else if (channel === "EMAIL" || channel === "CHAT" || channel === "OTHER")
      attendees = rng.chance(0.65) ? [rng.pick(active).id] : [];
    else attendees = rng.sample(active, rng.int(1, Math.min(3, active.length))).map((c) => c.id);
    for (const contactId of attendees) rows.checkInContacts.push({ agencyId: ctx.agencyId, checkInId: id, contactId });
  });
}
