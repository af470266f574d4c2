import type { MemberContext } from "@/lib/auth/membership";
import { withTenant } from "@/lib/db/tenant";
import { guidelineFor } from "@/lib/domain/portfolio/guideline";
import { readLoadRows } from "@/lib/domain/portfolio/queries";
import { loadsByAm } from "@/lib/domain/portfolio/rebalancing";
import { suggestHandover } from "./handover-plan";

const DAY = 86_400_000;

/**
 * The guided handover of a leaver: their accounts with suggested receivers (the rebalancing rules), the contacts and
 * open items each receiver needs, who takes their reports and open projects. Null for an unknown or inactive member.
 */
export async function loadHandover(member: MemberContext, membershipId: string, today: Date) {
  const { agencyId } = member;
  return withTenant(agencyId, member.user.id, async (tx) => {
    const leaver = await tx.membership.findFirst({
      where: { agencyId, id: membershipId, active: true },
      select: { id: true, isOwner: true, user: { select: { name: true } } },
    });
    if (!leaver) return null;
    const agency = await tx.agency.findFirstOrThrow({
      where: { id: agencyId },
      select: { employeeCount: true, guidelineMinOverride: true, guidelineMaxOverride: true },
    });
    const accounts = await tx.account.findMany({
      where: { agencyId, amId: leaver.id, archivedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        version: true,
        status: true,
        complexity: true,
        monthlyValue: true,
        clientId: true,
        client: { select: { name: true } },
      },
    });
    const members = await tx.membership.findMany({
      where: { agencyId, active: true, id: { not: leaver.id } },
      select: { id: true, roles: true, user: { select: { name: true } } },
    });
    const reports = await tx.personProfile.count({ where: { agencyId, managerId: leaver.id } });
    const projects = await tx.project.findMany({
      where: { agencyId, pmId: leaver.id, archivedAt: null, status: { not: "DONE" } },
      select: { id: true, name: true },
    });
    const accountIds = accounts.map((a) => a.id);
    const receivers = members.filter((m) => m.roles.includes("AM"));
    const checkIns = await tx.checkIn.groupBy({
      by: ["accountId"],
      where: { agencyId, accountId: { in: accountIds }, occurredAt: { gte: new Date(today.getTime() - 90 * DAY) } },
      _count: { _all: true },
    });
    const loads = loadsByAm(receivers, await readLoadRows(tx, agencyId));
    const contacts = await tx.contact.findMany({
      where: { agencyId, clientId: { in: [...new Set(accounts.map((a) => a.clientId))] }, active: true },
      orderBy: [{ isPrimary: "desc" }, { name: "asc" }],
      select: { clientId: true, name: true, title: true, email: true, phone: true, isPrimary: true },
    });
    const openProjects = await tx.project.findMany({
      where: { agencyId, accountId: { in: accountIds }, archivedAt: null, status: { not: "DONE" } },
      select: { accountId: true, name: true, status: true, dueDate: true },
    });
    const openActions = await tx.growthAction.findMany({
      where: { agencyId, done: false, growthPlan: { accountId: { in: accountIds } } },
      select: { title: true, dueDate: true, growthPlan: { select: { accountId: true } } },
    });
    const guideline = guidelineFor(agency);
    const count = new Map(checkIns.map((c) => [c.accountId, c._count._all]));
    const team = receivers.map((r) => ({ id: r.id, name: r.user.name, weightedLoad: loads.get(r.id)!.weightedLoad }));
    const plan = suggestHandover(
      accounts.map((a) => ({
        id: a.id,
        name: a.name,
        clientName: a.client.name,
        amId: leaver.id,
        status: a.status,
        complexity: a.complexity,
        monthlyValue: Number(a.monthlyValue),
        checkInsLast90Days: count.get(a.id) ?? 0,
      })),
      team,
      guideline,
    );
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const name = (m: (typeof members)[number]) => ({ id: m.id, name: m.user.name });
    return {
      leaver: {
        id: leaver.id,
        name: leaver.user.name,
        isOwner: leaver.isOwner,
        self: leaver.id === member.membershipId,
      },
      guideline,
      unplaced: plan.unplaced,
      /** Everyone who can receive, with their weighted load before the handover: the form ranks them per account. */
      receivers: team,
      accounts: plan.suggestions.map((s) => {
        const a = byId.get(s.accountId)!;
        return {
          id: a.id,
          name: a.name,
          clientName: a.client.name,
          version: a.version,
          weight: s.weight,
          suggested: s.suggested,
          contacts: contacts.filter((c) => c.clientId === a.clientId),
          openItems: [
            ...openProjects
              .filter((p) => p.accountId === a.id)
              .map((p) => ({ kind: "Project", title: p.name, dueDate: p.dueDate })),
            ...openActions
              .filter((x) => x.growthPlan.accountId === a.id)
              .map((x) => ({ kind: "Growth action", title: x.title, dueDate: x.dueDate })),
          ],
        };
      }),
      reports,
      projects: projects.length,
      managerOptions: members.filter((m) => m.roles.some((r) => r === "LEADER" || r === "AM")).map(name),
      projectOptions: members.filter((m) => m.roles.some((r) => r === "LEADER" || r === "AM" || r === "PM")).map(name),
    };
  });
}
export type HandoverData = NonNullable<Awaited<ReturnType<typeof loadHandover>>>;
