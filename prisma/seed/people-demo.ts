/**
 * Demo people data (issue 15), written after the agency (whose insert trigger creates the default career ladder):
 * every AM has a level and the owner as manager; the first (overloaded, with slipping KPIs) AM's 1:1 is overdue, so
 * the AM page shows the structure-first case; the second AM has a development plan in progress and a recent 1:1 with
 * one action done and one open; one former AM left four months ago (departures and tenure); each level links the AM
 * KPIs that go with it. Deterministic: only dates relative to the seed's clock.
 */
import { COMPETENCIES } from "../../lib/domain/people/competencies";
import { FORMER_AM_DAYS } from "./build-people";
import { addDays, dateDaysAgo, type Clock } from "./dates";
import type { AgencyRows } from "./types";
import type { Tx } from "./write";

const LEVEL_FOR_INDEX = [2, 3, 1, 2, 3, 2];

export async function writeDemoPeople(tx: Tx, rows: AgencyRows, clock: Clock): Promise<void> {
  const agencyId = rows.agency.id!;
  const owner = rows.memberships.find((m) => m.isOwner)!;
  const isAm = (m: (typeof rows.memberships)[number]) => (m.roles as string[]).includes("AM");
  const ams = rows.memberships.filter((m) => m.active && isAm(m));
  const former = rows.memberships.filter((m) => !m.active && isAm(m));
  const levels = await tx.careerLevel.findMany({ where: { agencyId }, select: { id: true, rank: true } });
  const levelId = (rank: number) => levels.find((l) => l.rank === rank)?.id ?? null;
  await tx.personProfile.createMany({
    data: ams.map((am, i) => ({
      agencyId,
      membershipId: am.id,
      levelId: levelId(LEVEL_FOR_INDEX[i % LEVEL_FOR_INDEX.length]!),
      managerId: owner.id,
      managerSince: dateDaysAgo(clock, 200),
      oneOnOneCadenceDays: 14,
      startedAt: dateDaysAgo(clock, 400 + 95 * i),
    })),
  });
  // The departed AM: at Account Manager level for two years, left four months ago (the dashboard's departures card).
  await tx.personProfile.createMany({
    data: former.map((m) => ({
      agencyId,
      membershipId: m.id,
      levelId: levelId(2),
      startedAt: dateDaysAgo(clock, FORMER_AM_DAYS),
      leftAt: dateDaysAgo(clock, 120),
    })),
  });
  await linkLevelKpis(tx, rows, levels);
  const [overloaded, growing, ...rest] = ams;
  const oneOnOne = async (amId: string, daysAgo: number, topics: string, actions: [string, boolean][]) => {
    const record = await tx.oneOnOne.create({
      data: {
        agencyId,
        amId,
        managerId: owner.id,
        heldOn: dateDaysAgo(clock, daysAgo),
        topics,
        coachingNotes: "Agreed to protect one focus morning a week for account strategy.",
        questions: "Can we review the book size before the next renewal season?",
      },
      select: { id: true },
    });
    await tx.oneOnOneAction.createMany({
      data: actions.map(([title, done]) => ({
        agencyId,
        oneOnOneId: record.id,
        amId,
        managerId: owner.id,
        title,
        dueDate: addDays(dateDaysAgo(clock, daysAgo), 14),
        doneAt: done ? dateDaysAgo(clock, daysAgo - 3) : null,
      })),
    });
  };
  if (overloaded) {
    // Last 1:1 five weeks ago with a 14-day cadence: overdue, next to the overload and the slipping KPIs.
    await oneOnOne(overloaded.id, 35, "Workload and the two late check-ins", [
      ["List the accounts that could move to a colleague", false],
    ]);
  }
  if (growing) {
    await oneOnOne(growing.id, 5, "Next level: commercial growth", [
      ["Draft an upsell proposal for the largest account", true],
      ["Shadow a renewal negotiation", false],
    ]);
    const scores: Record<string, [self: number, manager: number]> = {
      RELATIONSHIP: [4, 4],
      COMMERCIAL: [3, 2],
      STRATEGIC: [3, 3],
      DELIVERY: [4, 4],
      LEADERSHIP: [2, 2],
    };
    await tx.assessment.createMany({
      data: COMPETENCIES.flatMap((competency) =>
        (["SELF", "MANAGER"] as const).map((source, i) => ({
          agencyId,
          membershipId: growing.id,
          authorId: source === "SELF" ? growing.id : owner.id,
          source,
          competency,
          score: scores[competency]![i]!,
          evidence: source === "MANAGER" && competency === "COMMERCIAL" ? "No upsell closed this half-year yet." : "",
          assessedOn: dateDaysAgo(clock, 20),
        })),
      ),
    });
    await tx.developmentItem.createMany({
      data: [
        {
          agencyId,
          membershipId: growing.id,
          kind: "GOAL",
          title: "Close one upsell on a Tier 1 account",
          competency: "COMMERCIAL",
          dueDate: dateDaysAgo(clock, -60),
          status: "IN_PROGRESS",
        },
        {
          agencyId,
          membershipId: growing.id,
          kind: "TRAINING",
          title: "Negotiation workshop",
          competency: "COMMERCIAL",
          dueDate: dateDaysAgo(clock, -30),
          status: "PLANNED",
        },
        {
          agencyId,
          membershipId: growing.id,
          kind: "GOAL",
          title: "Run a quarterly business review alone",
          competency: "STRATEGIC",
          dueDate: dateDaysAgo(clock, 10),
          status: "DONE",
        },
      ],
    });
  }
  for (const [i, am] of rest.entries()) {
    // The others: a recent 1:1 each (on track), so only the overloaded AM stands out.
    await oneOnOne(am.id, 3 + (i % 7), "Accounts round-up", []);
  }
}

/** From which rank on a level links each AM KPI of the demo (copy.ts AM_KPIS); only names some AM tracks are linked. */
const LEVEL_KPIS: [name: string, fromRank: number][] = [
  ["Check-ins on cadence", 1],
  ["Client satisfaction (CSAT)", 1],
  ["Net revenue retention", 2],
  ["Upsell revenue", 3],
];

/** Every level links the KPI definitions that go with it, as a leader would on the ladder page. */
async function linkLevelKpis(tx: Tx, rows: AgencyRows, levels: { id: string; rank: number }[]) {
  const agencyId = rows.agency.id!;
  const defined = new Set(rows.kpis.filter((k) => k.membershipId).map((k) => k.name));
  await tx.careerLevelKpi.createMany({
    data: levels.flatMap((level) =>
      LEVEL_KPIS.filter(([name, from]) => level.rank >= from && defined.has(name)).map(([kpiName]) => ({
        agencyId,
        levelId: level.id,
        kpiName,
      })),
    ),
  });
}
