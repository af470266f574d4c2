import type { z } from "zod";
import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError, forbidden } from "@/lib/actions/result";
import { setMemberActive } from "@/lib/domain/members/mutations";
import { guidelineFor } from "@/lib/domain/portfolio/guideline";
import { assessBook, COMPLEXITY_WEIGHT } from "@/lib/domain/portfolio/load";
import { formatAmount } from "@/lib/domain/portfolio/text";
import { leadsPeople } from "./access";
import { loadPerson } from "./person-row";
import type { handoverSchema } from "./schemas";

type Ctx = ActionContext<z.infer<typeof handoverSchema>>;
type Locked = { id: string; active: boolean; roles: string[]; name: string };

/**
 * A leaver's handover, all or nothing in one audited transaction: every account to a receiver (each move names the
 * account version the leader saw, as rebalancing does; no receiver pushed over the guideline), their reports to a new
 * manager, their open projects to a new PM, then the membership is deactivated. Refused while any account of theirs
 * would be left without an AM.
 */
export async function applyHandover(ctx: Ctx) {
  const { input, member, tx, audit } = ctx;
  const { agencyId } = member;
  if (!leadsPeople(member)) throw forbidden();
  const leaver = await loadPerson(tx, agencyId, input.membershipId);
  if (!leaver.active) throw new ActionError("invalid", `${leaver.name} is already inactive.`);

  // Lock the leaver and everyone receiving something, in id order so two handovers never deadlock.
  const receiverIds = new Set(input.moves.map((m) => m.toAmId));
  const ids = [...new Set([leaver.id, ...receiverIds, input.reportsTo, input.projectsTo].filter(Boolean))].sort();
  const locked = await tx.$queryRaw<Locked[]>`
    SELECT m."id", m."active", m."roles"::text[] AS "roles", u."name"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."agencyId" = ${agencyId}::uuid AND m."id" = ANY(${ids}::uuid[])
    ORDER BY m."id" FOR UPDATE OF m`;
  const byId = new Map(locked.map((m) => [m.id, m]));
  const fieldErrors: Record<string, string[]> = {};
  input.moves.forEach((move, i) => {
    const receiver = byId.get(move.toAmId);
    if (move.toAmId === leaver.id || !receiver?.active || !receiver.roles.includes("AM")) {
      fieldErrors[`moves.${i}.toAmId`] = ["Choose an active account manager other than the leaver."];
    }
  });
  const activeWith = (id: string | null, roles: string[]) =>
    id === null || (id !== leaver.id && !!byId.get(id)?.active && byId.get(id)!.roles.some((r) => roles.includes(r)));
  if (!activeWith(input.reportsTo, ["LEADER", "AM"])) fieldErrors.reportsTo = ["Choose an active leader or AM."];
  if (!activeWith(input.projectsTo, ["LEADER", "AM", "PM"])) fieldErrors.projectsTo = ["Choose an active member."];

  const accounts = await tx.account.findMany({
    where: { agencyId, amId: leaver.id, archivedAt: null },
    select: { id: true, name: true, version: true, complexity: true, status: true },
  });
  const moveFor = new Map(input.moves.map((m) => [m.accountId, m]));
  const orphans = accounts.filter((a) => !moveFor.has(a.id));
  if (orphans.length > 0 || input.moves.length !== accounts.length) {
    throw new ActionError(
      orphans.length > 0 ? "invalid" : "conflict",
      orphans.length > 0
        ? `${orphans.length} account${orphans.length === 1 ? " has" : "s have"} no receiver: nobody may be left without an AM.`
        : "The accounts changed since you opened the handover. Reload and review.",
      orphans.length > 0 ? { moves: [`Choose a receiver for ${orphans.map((a) => a.name).join(", ")}.`] } : undefined,
    );
  }
  const stale = accounts.filter((a) => a.version !== moveFor.get(a.id)!.expectedVersion);
  if (stale.length > 0) {
    throw new ActionError(
      "conflict",
      `${stale.map((a) => a.name).join(", ")} changed since you looked. Reload and review.`,
    );
  }
  const openProjects = await tx.project.findMany({
    where: { agencyId, pmId: leaver.id, archivedAt: null, status: { not: "DONE" } },
    select: { id: true, version: true },
  });
  if (openProjects.length > 0 && !input.projectsTo)
    fieldErrors.projectsTo = ["Choose who takes over their open projects."];
  if (Object.keys(fieldErrors).length > 0) {
    throw new ActionError("invalid", "Please correct the highlighted fields.", fieldErrors);
  }

  // Every receiver's final book within the guideline, measured under the locks.
  const agency = await tx.agency.findFirstOrThrow({
    where: { id: agencyId },
    select: { employeeCount: true, guidelineMinOverride: true, guidelineMaxOverride: true },
  });
  const guideline = guidelineFor(agency);
  const books = await tx.account.findMany({
    where: { agencyId, amId: { in: [...receiverIds] }, archivedAt: null },
    select: { amId: true, status: true, complexity: true },
  });
  for (const receiverId of receiverIds) {
    const incoming = accounts.filter((a) => moveFor.get(a.id)!.toAmId === receiverId);
    const after = assessBook([...books.filter((b) => b.amId === receiverId), ...incoming], guideline);
    if (after.weightedLoad > guideline.max) {
      const name = byId.get(receiverId)!.name;
      const errors = Object.fromEntries(
        input.moves.flatMap((m, i) =>
          m.toAmId === receiverId ? [[`moves.${i}.toAmId`, ["Over the guideline."]]] : [],
        ),
      );
      throw new ActionError(
        "invalid",
        `${name} would carry ${formatAmount(after.weightedLoad)} weighted accounts, over the guideline's ${guideline.max}.`,
        errors,
      );
    }
  }

  for (const account of accounts) {
    const move = moveFor.get(account.id)!;
    const moved = await tx.account.updateMany({
      where: { agencyId, id: account.id, amId: leaver.id, version: account.version },
      data: { amId: move.toAmId, version: { increment: 1 } },
    });
    if (moved.count !== 1)
      throw new ActionError("conflict", `${account.name} changed since you looked. Reload and review.`);
    await audit({
      action: "account.reassigned",
      entityType: "Account",
      entityId: account.id,
      before: { amId: leaver.id, version: account.version },
      after: {
        amId: move.toAmId,
        version: account.version + 1,
        weight: COMPLEXITY_WEIGHT[account.complexity],
        handover: true,
      },
    });
  }
  const reports = await tx.personProfile.findMany({
    where: { agencyId, managerId: leaver.id },
    select: { membershipId: true },
  });
  for (const report of reports) {
    const managerId = report.membershipId === input.reportsTo ? null : input.reportsTo;
    await tx.personProfile.update({
      where: { agencyId_membershipId: { agencyId, membershipId: report.membershipId } },
      data: { managerId, managerSince: managerId ? new Date() : null },
    });
  }
  if (openProjects.length > 0) {
    await tx.project.updateMany({
      where: { agencyId, id: { in: openProjects.map((p) => p.id) }, pmId: leaver.id },
      data: { pmId: input.projectsTo!, version: { increment: 1 } },
    });
  }
  const leftAt = new Date();
  await tx.personProfile.upsert({
    where: { agencyId_membershipId: { agencyId, membershipId: leaver.id } },
    create: { agencyId, membershipId: leaver.id, startedAt: leaver.createdAt, leftAt },
    update: { leftAt },
  });
  await audit({
    action: "people.handover_applied",
    entityType: "Membership",
    entityId: leaver.id,
    after: {
      accounts: input.moves.map((m) => ({ accountId: m.accountId, toAmId: m.toAmId })),
      reports: reports.length,
      reportsTo: input.reportsTo,
      projects: openProjects.length,
      projectsTo: input.projectsTo,
    },
  });
  await setMemberActive({ ...ctx, input: { membershipId: leaver.id } }, false);
  return { membershipId: leaver.id, accounts: accounts.length, reports: reports.length, projects: openProjects.length };
}
