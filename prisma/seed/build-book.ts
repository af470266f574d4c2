/** Clients, contacts and accounts: each AM's book is built from their spec (complexities, AT_RISK, overdue...). */
import { randomUUID } from "node:crypto";
import { PROJECT_ACCOUNT_NAMES, RETAINER_NAMES } from "./copy";
import { dateDaysAgo, nextAnniversary } from "./dates";
import type { Rng } from "./random";
import { CONTACT_TITLES, INDUSTRIES, companyName, domainStem, emailLocal, personName } from "./names";
import type { AccountPlan, AccountStatus, AmPlan, BuildContext, ClientPlan, Tier } from "./types";
import { isLive } from "./types";

const COMPLEXITY = { L: "LOW", S: "STANDARD", H: "HIGH" } as const;
const VALUE_RANGE: Record<Tier, [number, number]> = {
  TIER_1: [12_000, 45_000],
  TIER_2: [5_000, 18_000],
  TIER_3: [1_500, 7_000],
};

type ClientDraft = ClientPlan & { status: "ACTIVE" | "PAUSED" | "CHURNED"; accountNames: Set<string>; since: Date };

export function buildBook(ctx: BuildContext): AccountPlan[] {
  const { rng } = ctx;
  const usedNames = new Set<string>();
  const clients: ClientDraft[] = [];
  const accounts: AccountPlan[] = [];

  const newClient = (tier: Tier, status: ClientDraft["status"]): ClientDraft => {
    const industry = rng.pick(INDUSTRIES);
    const client: ClientDraft = {
      id: randomUUID(),
      name: companyName(rng, industry, usedNames),
      tier,
      contacts: [],
      singleContact: false,
      status,
      accountNames: new Set(),
      since: ctx.clock.today,
    };
    clients.push(client);
    ctx.rows.clients.push({ id: client.id, agencyId: ctx.agencyId, name: client.name, industry, tier, status });
    return client;
  };

  let inactiveCount = 0;
  for (const am of ctx.ams) {
    const { spec } = am;
    const n = spec.book.length;
    const order = rng.shuffle([...Array(n).keys()]);
    const atRisk = new Set(order.slice(0, Math.min(spec.atRisk, n)));
    // OFF_TRACK work and late check-ins cluster on the troubled (AT_RISK) accounts first.
    const offTrack = new Set(order.slice(0, Math.min(spec.offTrack, n)));
    const overdue = new Set(rng.shuffle(order).slice(0, Math.min(spec.overdue, n)));
    const overloaded = spec.expect === "OVERLOADED";
    let previous: ClientDraft | undefined;
    for (let i = 0; i < n; i++) {
      const reuse = previous && previous.accountNames.size < 2 && rng.chance(0.25);
      const tierWeights: [Tier, number][] = [
        ["TIER_1", overloaded ? 35 : 25],
        ["TIER_2", 45],
        ["TIER_3", 30],
      ];
      const client = reuse && previous ? previous : newClient(rng.weighted(tierWeights), "ACTIVE");
      previous = client;
      const status: AccountStatus = atRisk.has(i) ? "AT_RISK" : "ACTIVE";
      accounts.push(
        addAccount(ctx, am, client, COMPLEXITY[spec.book[i] as keyof typeof COMPLEXITY], status, {
          overdue: overdue.has(i),
          offTrack: offTrack.has(i),
        }),
      );
    }
    for (let i = 0; i < spec.inactive; i++) {
      // Alternate across the agency so every agency has both PAUSED and CHURNED work when it has two or more.
      const status: AccountStatus = inactiveCount++ % 2 === 0 ? "CHURNED" : "PAUSED";
      const tier = rng.weighted<Tier>([
        ["TIER_1", 15],
        ["TIER_2", 45],
        ["TIER_3", 40],
      ]);
      const client = newClient(tier, status);
      accounts.push(addAccount(ctx, am, client, "STANDARD", status, { overdue: false, offTrack: false }));
    }
  }

  for (const client of clients) addContacts(ctx, client);
  ensureRelationshipRisks(ctx, clients);
  pickSentimentDrops(
    rng,
    accounts,
    dateDaysAgo(ctx.clock, 200),
    ctx.spec.slug === "brightside" ? 1 : ctx.spec.slug === "northwind" ? 2 : 5,
  );
  for (const row of ctx.rows.clients) {
    const since = clients.find((c) => c.id === row.id)!.since;
    row.clientSince = since;
  }
  return accounts;
}

function addAccount(
  ctx: BuildContext,
  am: AmPlan,
  client: ClientDraft,
  complexity: "LOW" | "STANDARD" | "HIGH",
  status: AccountStatus,
  flags: { overdue: boolean; offTrack: boolean },
): AccountPlan {
  const { rng, clock } = ctx;
  const kind = rng.chance(0.7) ? "RETAINER" : "PROJECT";
  const names = kind === "RETAINER" ? RETAINER_NAMES : PROJECT_ACCOUNT_NAMES;
  let name = rng.pick(names);
  while (client.accountNames.has(name)) name = rng.pick(names);
  client.accountNames.add(name);
  const startDate = dateDaysAgo(clock, kind === "RETAINER" ? rng.int(60, 1100) : rng.int(45, 320));
  if (startDate < client.since) client.since = startDate;
  let renewalDate: Date | null =
    kind === "RETAINER"
      ? nextAnniversary(clock, startDate)
      : rng.chance(0.5)
        ? dateDaysAgo(clock, -rng.int(30, 200))
        : null;
  // Renewal at risk: troubled accounts coming up for renewal soon.
  if (status === "AT_RISK" && rng.chance(0.7)) renewalDate = dateDaysAgo(clock, -rng.int(15, 85));
  if (!isLive(status)) renewalDate = null;
  const [lo, hi] = VALUE_RANGE[client.tier];
  const factor = complexity === "HIGH" ? 1.4 : complexity === "LOW" ? 0.5 : 1;
  const monthlyValue = (Math.round((rng.int(lo, hi) * factor) / 250) * 250).toFixed(2);
  const id = randomUUID();
  ctx.rows.accounts.push({
    id,
    agencyId: ctx.agencyId,
    clientId: client.id,
    amId: am.id,
    name,
    kind,
    monthlyValue,
    complexity,
    status,
    startDate,
    renewalDate,
    createdAt: startDate,
    updatedAt: clock.now,
  });
  return {
    id,
    client,
    am,
    kind,
    status,
    startDate,
    inactiveSinceDays: isLive(status) ? 0 : rng.int(20, 150),
    overdue: flags.overdue,
    offTrack: flags.offTrack,
    sentimentDrop: false,
  };
}

function addContacts(ctx: BuildContext, client: ClientDraft) {
  const { rng } = ctx;
  const important = client.tier !== "TIER_3";
  // Some important clients hang on a single active contact (relationship risk).
  const thin = important && rng.chance(0.1);
  const count = thin
    ? rng.int(1, 2)
    : important
      ? rng.weighted([
          [2, 40],
          [3, 40],
          [4, 20],
        ])
      : rng.weighted([
          [1, 25],
          [2, 35],
          [3, 30],
          [4, 10],
        ]);
  const domain = domainStem(client.name) || "client";
  const usedLocal = new Set<string>();
  for (let i = 0; i < count; i++) {
    let person = personName(rng);
    while (usedLocal.has(emailLocal(person.first, person.last))) person = personName(rng);
    const local = emailLocal(person.first, person.last);
    usedLocal.add(local);
    const active = thin ? i === 0 : i === 0 || rng.chance(0.9);
    const id = randomUUID();
    client.contacts.push({ id, active });
    ctx.rows.contacts.push({
      id,
      agencyId: ctx.agencyId,
      clientId: client.id,
      name: person.full,
      title: rng.pick(CONTACT_TITLES),
      email: `${local}@${domain}.example`,
      phone: rng.chance(0.8) ? `+1 555 01${rng.int(10, 99)} ${rng.int(1000, 9999)}` : null,
      isPrimary: i === 0,
      active,
    });
  }
}

/** Make sure both relationship-risk shapes exist: a thin contact list, and check-ins that always see one person. */
function ensureRelationshipRisks(ctx: BuildContext, clients: ClientDraft[]) {
  const important = clients.filter((c) => c.tier !== "TIER_3" && c.status === "ACTIVE");
  const activeCount = (c: ClientDraft) => c.contacts.filter((k) => k.active).length;
  if (!important.some((c) => activeCount(c) < 2)) {
    const victim = important.find((c) => c.contacts.length >= 2);
    for (const contact of victim?.contacts.slice(1) ?? []) {
      contact.active = false;
      const row = ctx.rows.contacts.find((r) => r.id === contact.id);
      if (row) row.active = false;
    }
  }
  const wide = important.filter((c) => activeCount(c) >= 2);
  for (const client of ctx.rng.sample(wide, Math.max(1, Math.round(wide.length * 0.1)))) client.singleContact = true;
}

/** Accounts whose last two check-ins fall well below the previous three; they need enough history for that. */
function pickSentimentDrops(rng: Rng, accounts: AccountPlan[], startedBefore: Date, count: number) {
  const candidates = accounts.filter(
    (a) => a.status === "ACTIVE" && a.client.tier !== "TIER_3" && !a.overdue && a.startDate <= startedBefore,
  );
  for (const account of rng.sample(candidates, count)) account.sentimentDrop = true;
}
