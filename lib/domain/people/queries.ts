import type { TenantTx } from "@/lib/db/tenant";
import type { Competency } from "./competencies";
import { MEMBER_BASICS, PROFILE_PAIRING } from "./person-row";

/**
 * People reads; `agencyId` required, explicit selects. 1:1 rows are additionally filtered by row-level security to the
 * pair and the leaders, and every 1:1 query here also names the person, so the page's own check and the database's
 * agree.
 */
export async function readLadder(tx: TenantTx, agencyId: string) {
  const levels = await tx.careerLevel.findMany({
    where: { agencyId },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
    select: {
      id: true,
      rank: true,
      name: true,
      summary: true,
      version: true,
      expectations: { select: { competency: true, minScore: true, description: true } },
      kpis: { select: { kpiName: true }, orderBy: { kpiName: "asc" } },
    },
  });
  return levels.map(({ kpis, ...l }) => ({
    ...l,
    kpiNames: kpis.map((k) => k.kpiName),
    expectations: l.expectations.map((e) => ({ ...e, competency: e.competency as Competency })),
  }));
}
export type LadderLevel = Awaited<ReturnType<typeof readLadder>>[number];

/** Active members with the AM role and their people record; a non-leader sees themselves and whom they manage. */
export async function readPeopleRows(tx: TenantTx, agencyId: string, viewer: { membershipId: string; leads: boolean }) {
  const visible = viewer.leads
    ? {}
    : { OR: [{ id: viewer.membershipId }, { profile: { is: { managerId: viewer.membershipId } } }] };
  const members = await tx.membership.findMany({
    where: { agencyId, active: true, roles: { has: "AM" }, ...visible },
    select: {
      id: true,
      user: { select: { name: true } },
      profile: {
        select: {
          ...PROFILE_PAIRING,
          level: { select: { name: true, rank: true } },
          manager: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  const ids = members.map((m) => m.id);
  const lastOneOnOnes = await tx.oneOnOne.groupBy({
    by: ["amId"],
    where: { agencyId, amId: { in: ids } },
    _max: { heldOn: true },
  });
  const openItems = await tx.developmentItem.groupBy({
    by: ["membershipId"],
    where: { agencyId, membershipId: { in: ids }, status: { in: ["PLANNED", "IN_PROGRESS"] } },
    _count: { _all: true },
  });
  const last = new Map(lastOneOnOnes.map((r) => [r.amId, r._max.heldOn]));
  const open = new Map(openItems.map((r) => [r.membershipId, r._count._all]));
  return members.map((m) => ({
    id: m.id,
    name: m.user.name,
    levelName: m.profile?.level?.name ?? null,
    levelRank: m.profile?.level?.rank ?? null,
    managerId: m.profile?.managerId ?? null,
    managerName: m.profile?.manager?.user.name ?? null,
    managerSince: m.profile?.managerSince ?? null,
    cadenceDays: m.profile?.oneOnOneCadenceDays ?? 14,
    lastOneOnOne: last.get(m.id) ?? null,
    openDevelopmentItems: open.get(m.id) ?? 0,
  }));
}
export type PeopleRow = Awaited<ReturnType<typeof readPeopleRows>>[number];

/** One person's people record: profile, assessments, plan items. (1:1s: one-on-one-page.ts.) */
export async function readPerson(tx: TenantTx, agencyId: string, membershipId: string) {
  const person = await tx.membership.findFirst({
    where: { agencyId, id: membershipId },
    select: {
      ...MEMBER_BASICS,
      profile: {
        select: {
          ...PROFILE_PAIRING,
          startedAt: true,
          leftAt: true,
          manager: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  if (!person) return null;
  const assessments = await tx.assessment.findMany({
    where: { agencyId, membershipId },
    orderBy: [{ assessedOn: "desc" }, { createdAt: "desc" }],
    take: 60,
    select: {
      id: true,
      source: true,
      competency: true,
      score: true,
      evidence: true,
      assessedOn: true,
      createdAt: true,
      author: { select: { user: { select: { name: true } } } },
    },
  });
  const items = await tx.developmentItem.findMany({
    where: { agencyId, membershipId },
    orderBy: [{ status: "asc" }, { dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: 50,
    select: { id: true, kind: true, title: true, competency: true, dueDate: true, status: true },
  });
  return {
    id: person.id,
    name: person.user.name,
    roles: person.roles as string[],
    active: person.active,
    levelId: person.profile?.levelId ?? null,
    managerId: person.profile?.managerId ?? null,
    managerName: person.profile?.manager?.user.name ?? null,
    managerSince: person.profile?.managerSince ?? null,
    cadenceDays: person.profile?.oneOnOneCadenceDays ?? 14,
    startedAt: person.profile?.startedAt ?? person.createdAt,
    assessments: assessments.map((a) => ({
      ...a,
      competency: a.competency as Competency,
      authorName: a.author.user.name,
    })),
    items,
  };
}
export type PersonRecord = NonNullable<Awaited<ReturnType<typeof readPerson>>>;

/** Members who may manage someone: active leaders and AMs. */
export async function readManagerOptions(tx: TenantTx, agencyId: string) {
  const rows = await tx.membership.findMany({
    where: { agencyId, active: true, OR: [{ roles: { has: "LEADER" } }, { roles: { has: "AM" } }] },
    select: { id: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.user.name })).sort((a, b) => a.name.localeCompare(b.name));
}
