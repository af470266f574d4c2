/**
 * Commercial-health demo rows (issue 16): value history for every account (dated at its start, so the 12-month NRR
 * reads as retention, not as a year of new business), and the stories the dashboard should tell:
 *   - Brightside: one of Priya Natarajan's retainers over-serviced (over its hours by > 10 % in 2 of the last 3 months,
 *     an absorbed scope request among them), one of Jonah Whitfield's within scope;
 *   - Northwind: Sofia Marchetti's book grew (expansions), Grace Adeyemi's shrank at a healthy load (contractions),
 *     and a former contact of one of Sofia's clients moved on, with a new-business lead for her new company.
 * Churned accounts start their history at 0 ("lost before the history began"), so no AM is blamed for old churn.
 */
import { randomUUID } from "node:crypto";
import { dateDaysAgo, monthStart, timeDaysAgo } from "./dates";
import { isLive, type AccountPlan, type BuildContext } from "./types";

const money = (v: number) => v.toFixed(2);

function valueOf(ctx: BuildContext, accountId: string): number {
  return Number(ctx.rows.accounts.find((a) => a.id === accountId)?.monthlyValue ?? 0);
}

function history(ctx: BuildContext, accounts: AccountPlan[], shape: Map<string, { factor: number; daysAgo: number }>) {
  for (const account of accounts) {
    const value = account.status === "CHURNED" ? 0 : valueOf(ctx, account.id);
    const changed = shape.get(account.id);
    const first = changed ? Math.round((value * changed.factor) / 50) * 50 : value;
    ctx.rows.valueChanges.push({
      agencyId: ctx.agencyId,
      accountId: account.id,
      amId: account.am.id,
      changedAt: account.startDate,
      kind: "CREATED",
      fromValue: money(0),
      toValue: money(first),
    });
    if (changed) {
      ctx.rows.valueChanges.push({
        agencyId: ctx.agencyId,
        accountId: account.id,
        amId: account.am.id,
        changedAt: timeDaysAgo(ctx.clock, changed.daysAgo),
        kind: "CHANGED",
        fromValue: money(first),
        toValue: money(value),
      });
    }
  }
}

/** Accounts an AM held before the 12-month window (the ones NRR measures), oldest first. */
function retained(accounts: AccountPlan[], amName: string, ctx: BuildContext): AccountPlan[] {
  const windowStart = dateDaysAgo(ctx.clock, 400);
  return accounts
    .filter((a) => a.am.name === amName && isLive(a.status) && a.startDate < windowStart)
    .sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
}

function hoursFor(ctx: BuildContext, accountId: string, monthsBack: number, total: number, people: string[]) {
  const start = monthStart(ctx.clock, monthsBack);
  const days = monthsBack === 0 ? Math.max(1, ctx.clock.today.getUTCDate() - 1) : 20;
  // Spread evenly over working days and people; the last line takes the rounding.
  const lines = Math.min(days, 20) * people.length;
  const each = Math.floor((total / lines) * 4) / 4;
  let left = total;
  for (let i = 0; i < lines; i++) {
    const hours = i === lines - 1 ? left : each;
    left -= hours;
    ctx.rows.timesheetEntries.push({
      agencyId: ctx.agencyId,
      accountId,
      workDate: new Date(start.getTime() + Math.floor(i / people.length) * 86_400_000),
      person: people[i % people.length]!,
      project: "Retainer",
      hours: money(hours),
      source: "IMPORT",
    });
  }
}

function brightside(ctx: BuildContext, accounts: AccountPlan[]) {
  const retainerOf = (name: string) =>
    accounts.find((a) => a.am.name === name && a.kind === "RETAINER" && a.status === "ACTIVE");
  const over = retainerOf("Priya Natarajan");
  const fine = retainerOf("Jonah Whitfield");
  const people = ["Mia Designer", "Leo Copywriter"];
  /** The retainer's scope: `monthlyHours` a month for what the account is worth. */
  const scopeOf = (accountId: string, monthlyHours: string) =>
    ctx.rows.retainerScopes.push({
      agencyId: ctx.agencyId,
      accountId,
      monthlyHours,
      monthlyFee: money(valueOf(ctx, accountId)),
    });
  if (over) {
    scopeOf(over.id, "40");
    hoursFor(ctx, over.id, 2, 50, people);
    hoursFor(ctx, over.id, 1, 44, people);
    /** A request the client's first contact made `day` days into the month `monthsBack` months ago. */
    const asked = (
      monthsBack: number,
      day: number,
      summary: string,
      estimateHours: string,
      decision: "ABSORBED" | "CHANGE_ORDER",
    ) => ({
      agencyId: ctx.agencyId,
      accountId: over.id,
      askedOn: new Date(monthStart(ctx.clock, monthsBack).getTime() + day * 86_400_000),
      contactId: over.client.contacts[0]?.id ?? null,
      summary,
      estimateHours,
      decision,
      loggedById: over.am.id,
    });
    ctx.rows.scopeRequests.push(
      asked(1, 9, "Extra set of social assets for a product launch", "6", "ABSORBED"),
      asked(2, 4, "A new landing page for the spring campaign", "16", "CHANGE_ORDER"),
    );
  }
  if (fine) {
    scopeOf(fine.id, "60");
    for (const back of [2, 1]) hoursFor(ctx, fine.id, back, 57, people);
  }
}

function northwind(ctx: BuildContext, accounts: AccountPlan[]): Map<string, { factor: number; daysAgo: number }> {
  const shape = new Map<string, { factor: number; daysAgo: number }>();
  retained(accounts, "Sofia Marchetti", ctx)
    .slice(0, 3)
    .forEach((a, i) => shape.set(a.id, { factor: 0.7, daysAgo: 60 + i * 45 }));
  retained(accounts, "Grace Adeyemi", ctx).forEach((a, i) => shape.set(a.id, { factor: 1.6, daysAgo: 50 + i * 30 }));

  const sofia = accounts.find((a) => a.am.name === "Sofia Marchetti" && isLive(a.status));
  if (sofia) {
    const contactId = randomUUID();
    ctx.rows.contacts.push({
      id: contactId,
      agencyId: ctx.agencyId,
      clientId: sofia.client.id,
      name: "Rachel Dunmore",
      title: "Head of Brand",
      email: "rachel.dunmore@former.example",
      isPrimary: false,
      active: false,
    });
    ctx.rows.contactDepartures.push({
      agencyId: ctx.agencyId,
      contactId,
      clientId: sofia.client.id,
      leftOn: dateDaysAgo(ctx.clock, 21),
      newCompany: "Harbor & Pine Outfitters",
      newRole: "VP Marketing",
      wasPrimary: false,
    });
    ctx.rows.newBusinessLeads.push({
      agencyId: ctx.agencyId,
      ownerId: sofia.am.id,
      companyName: "Harbor & Pine Outfitters",
      contactName: "Rachel Dunmore",
      contactRole: "VP Marketing",
      sourceContactId: contactId,
      stage: "QUALIFIED",
      estimatedMonthlyValue: "6000",
      createdAt: timeDaysAgo(ctx.clock, 20),
    });
  }
  return shape;
}

export function buildCommercial(ctx: BuildContext, accounts: AccountPlan[]): void {
  let shape = new Map<string, { factor: number; daysAgo: number }>();
  if (ctx.spec.slug === "brightside") brightside(ctx, accounts);
  if (ctx.spec.slug === "northwind") shape = northwind(ctx, accounts);
  history(ctx, accounts, shape);
}
