import type { Prisma } from "@/lib/db/generated/client";
import { allAgencyIds } from "@/lib/jobs/agency-ids";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import { buildDashboard } from "@/lib/domain/portfolio/dashboard";
import { daysSinceCheckIn } from "@/lib/domain/portfolio/cadence";
import { countsTowardLoad } from "@/lib/domain/portfolio/load";
import {
  loadPortfolioData,
  loadPortfolioSnapshot,
  type PortfolioData,
  type PortfolioSnapshotData,
} from "@/lib/domain/portfolio/load-portfolio";
import { leaderFigures, type LeaderFigures } from "./digest-figures";
import { amDigestMail, amDigestSummary, leaderDigestMail, type DueCheckIn, type DueFollowUp } from "./digest-mail";
import { channelsOf, notify, unsubscribeUrlFor } from "./notify";
import { dailyPeriodKey, weeklyPeriodKey } from "./schedule";
import type { NotificationEvent } from "./events";
import { groupByField } from "@/lib/group-by";

/**
 * The digest runs. Each walks every agency, works out who is due in the agency's time zone, and for each person
 * inserts the Digest row (unique per person, kind and period) and notifies in the SAME transaction: when two runners
 * race, one insert wins and only that transaction queues the e-mail; a retried run finds the row and does nothing.
 */
type Person = { userId: string; membershipId: string; weeklyWeekday: number | null };
type AgencyInfo = {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
  weekStart: "MONDAY" | "SUNDAY" | "SATURDAY";
};

export type DigestReport = { created: number; skipped: number };

/** `now` is the run's clock; `agencyIds` limits a run to some agencies (a per-agency job, a test). */
export type DigestRunOptions = { now?: Date; agencyIds?: readonly string[] };

async function peopleWithRole(tx: TenantTx, agencyId: string, role: "LEADER" | "AM") {
  return tx.$queryRaw<Person[]>`
    SELECT m."userId", m."id" AS "membershipId", ds."weeklyWeekday"
    FROM "Membership" m
    LEFT JOIN "DigestSetting" ds ON ds."agencyId" = m."agencyId" AND ds."userId" = m."userId"
    WHERE m."agencyId" = ${agencyId}::uuid AND m."active" AND ${role}::"Role" = ANY (m."roles")
    ORDER BY m."id"`;
}

async function dueAndWanted(
  tx: TenantTx,
  agency: AgencyInfo,
  people: Person[],
  kind: "LEADER_WEEKLY" | "AM_DAILY",
  event: NotificationEvent,
  keyOf: (p: Person) => string | null,
) {
  const due: (Person & { periodKey: string })[] = [];
  for (const person of people) {
    const periodKey = keyOf(person);
    if (!periodKey) continue;
    const done = await tx.digest.findFirst({
      where: { agencyId: agency.id, userId: person.userId, kind, periodKey },
      select: { id: true },
    });
    if (done) continue;
    const channels = await channelsOf(tx, agency.id, person.userId, event);
    if (channels.inApp || channels.email || channels.slack) due.push({ ...person, periodKey });
  }
  return due;
}

async function agencyInfo(tx: TenantTx, agencyId: string): Promise<AgencyInfo> {
  return tx.agency.findUniqueOrThrow({
    where: { id: agencyId },
    select: { id: true, name: true, slug: true, timeZone: true, weekStart: true },
  });
}

/** Inserts the digest row; true when this call created it (the only caller allowed to notify). */
async function claimDigest(
  tx: TenantTx,
  row: { agencyId: string; userId: string; kind: "LEADER_WEEKLY" | "AM_DAILY"; periodKey: string; figures: unknown },
) {
  const result = await tx.digest.createMany({
    data: [{ ...row, figures: row.figures as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
  return result.count === 1;
}

export async function runLeaderDigests({ now = new Date(), agencyIds }: DigestRunOptions = {}): Promise<DigestReport> {
  const report: DigestReport = { created: 0, skipped: 0 };
  for (const agencyId of agencyIds ?? (await allAgencyIds())) {
    const { agency, due } = await withTenant(agencyId, null, async (tx) => {
      const agency = await agencyInfo(tx, agencyId);
      const leaders = await peopleWithRole(tx, agencyId, "LEADER");
      const due = await dueAndWanted(tx, agency, leaders, "LEADER_WEEKLY", "digest.leader_weekly", (p) =>
        weeklyPeriodKey(now, agency, p.weeklyWeekday),
      );
      return { agency, due };
    });
    if (due.length === 0) continue;
    const data = await loadPortfolioData(agencyId, null, now);
    const figures = figuresOf(data, now);
    for (const leader of due) {
      const created = await withTenant(agencyId, null, async (tx) => {
        const ok = await claimDigest(tx, {
          agencyId,
          userId: leader.userId,
          kind: "LEADER_WEEKLY",
          periodKey: leader.periodKey,
          figures,
        });
        if (!ok) return false;
        const previous = await tx.digest.findFirst({
          where: { agencyId, userId: leader.userId, kind: "LEADER_WEEKLY", periodKey: { lt: leader.periodKey } },
          orderBy: { periodKey: "desc" },
          select: { figures: true },
        });
        const email = leaderDigestMail({
          agencyName: agency.name,
          slug: agency.slug,
          periodKey: leader.periodKey,
          figures,
          previous: (previous?.figures as LeaderFigures | undefined) ?? null,
          unsubscribeUrl: unsubscribeUrlFor(agencyId, leader.userId, "digest.leader_weekly"),
        });
        await notify(tx, {
          agencyId,
          userId: leader.userId,
          event: "digest.leader_weekly",
          title: `Weekly digest for ${leader.periodKey}`,
          body: `${figures.overloadedAms.length} overloaded AMs, ${figures.renewalsAtRisk.length} renewals at risk, ${figures.overdueCheckIns} overdue check-ins, ${figures.offTrackProjects.length} off-track projects.`,
          href: `/${agency.slug}/portfolio`,
          key: `digest:LEADER_WEEKLY:${leader.periodKey}`,
          email,
        });
        return true;
      });
      if (created) report.created++;
      else report.skipped++;
    }
  }
  return report;
}

export function figuresOf(data: PortfolioData, now: Date): LeaderFigures {
  const dashboard = buildDashboard(data.snapshot, data.pipeline, data.rules, now);
  return leaderFigures(dashboard, data.snapshot, data.rules, now);
}

/** Check-ins due today or overdue on one AM's load-bearing accounts: days since ≥ the tier's cadence, or never. */
export function dueCheckIns(data: PortfolioSnapshotData, membershipId: string, now: Date): DueCheckIn[] {
  return data.snapshot.accounts
    .filter((a) => a.amId === membershipId && countsTowardLoad(a.status))
    .map((a) => ({
      id: a.id,
      name: a.name,
      daysSince: daysSinceCheckIn(a.lastCheckInAt, now),
      cadenceDays: data.rules.cadence[a.tier],
    }))
    .filter((a) => a.daysSince === null || a.daysSince >= a.cadenceDays)
    .sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id));
}

/**
 * Open follow-ups due on or before `day` (the AM's local date), per assignee: one query for the agency on the
 * (agencyId, assigneeId, status, dueDate) index, oldest due first.
 */
export async function dueFollowUpsByAssignee(
  tx: TenantTx,
  agencyId: string,
  day: string,
): Promise<Map<string, DueFollowUp[]>> {
  const rows = await tx.$queryRaw<(DueFollowUp & { assigneeId: string })[]>`
    SELECT f."assigneeId", f."id", f."title" AS "name", to_char(f."dueDate", 'YYYY-MM-DD') AS "dueDate"
    FROM "FollowUp" f
    WHERE f."agencyId" = ${agencyId}::uuid AND f."status" = 'OPEN' AND f."assigneeId" IS NOT NULL
      AND f."dueDate" <= ${day}::date
    ORDER BY f."dueDate", f."title", f."id"`;
  return groupByField(rows, "assigneeId");
}

export async function runAmDigests({ now = new Date(), agencyIds }: DigestRunOptions = {}): Promise<DigestReport> {
  const report: DigestReport = { created: 0, skipped: 0 };
  for (const agencyId of agencyIds ?? (await allAgencyIds())) {
    const { agency, due, followUps } = await withTenant(agencyId, null, async (tx) => {
      const agency = await agencyInfo(tx, agencyId);
      const periodKey = dailyPeriodKey(now, agency.timeZone);
      const ams = await peopleWithRole(tx, agencyId, "AM");
      const due = await dueAndWanted(tx, agency, ams, "AM_DAILY", "digest.am_daily", () => periodKey);
      const followUps = due.length && periodKey ? await dueFollowUpsByAssignee(tx, agencyId, periodKey) : new Map();
      return { agency, due, followUps };
    });
    if (due.length === 0) continue;
    const data = await loadPortfolioSnapshot(agencyId, null, now);
    for (const am of due) {
      const checkIns = dueCheckIns(data, am.membershipId, now);
      const mine: DueFollowUp[] = followUps.get(am.membershipId) ?? [];
      // Nothing due: no digest today (a later run may still find some).
      if (checkIns.length === 0 && mine.length === 0) continue;
      const summary = amDigestSummary(checkIns, mine);
      const created = await withTenant(agencyId, null, async (tx) => {
        const figures = { due: checkIns, followUps: mine };
        const ok = await claimDigest(tx, {
          agencyId,
          userId: am.userId,
          kind: "AM_DAILY",
          periodKey: am.periodKey,
          figures,
        });
        if (!ok) return false;
        await notify(tx, {
          agencyId,
          userId: am.userId,
          event: "digest.am_daily",
          title: summary,
          body: [...checkIns, ...mine].map((c) => c.name).join(", "),
          href: `/${agency.slug}/me`,
          key: `digest:AM_DAILY:${am.periodKey}`,
          email: amDigestMail({
            agencyName: agency.name,
            slug: agency.slug,
            periodKey: am.periodKey,
            due: checkIns,
            followUps: mine,
            unsubscribeUrl: unsubscribeUrlFor(agencyId, am.userId, "digest.am_daily"),
          }),
        });
        return true;
      });
      if (created) report.created++;
      else report.skipped++;
    }
  }
  return report;
}
