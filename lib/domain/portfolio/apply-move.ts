import type { z } from "zod";
import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError, notFound } from "@/lib/actions/result";
import { guidelineFor } from "./guideline";
import { assessBook, COMPLEXITY_WEIGHT } from "./load";
import type { applyMoveSchema } from "./schemas";
import { formatAmount } from "./text";

/**
 * Hands one account from one AM to another in a single audited transaction.
 * - Optimistic concurrency: the move names the account version (and owner) the leader saw; if another leader moved
 *   or edited it since, the UPDATE matches nothing and the leader gets "conflict" with the current owner.
 * - Both AMs' membership rows are locked (in id order, so two moves never deadlock) before the receiver's book is
 *   measured, so two concurrent moves cannot together push the receiver over the guideline.
 */
export async function applyRebalanceMove({ input, member, tx, audit }: ActionContext<z.infer<typeof applyMoveSchema>>) {
  const { agencyId } = member;
  if (input.fromAmId === input.toAmId) {
    throw new ActionError("invalid", "Choose a different account manager to receive the account.", {
      toAmId: ["The receiver must differ from the current owner."],
    });
  }
  const lockedIds = [input.fromAmId, input.toAmId].sort();
  const locked = await tx.$queryRaw<{ id: string; active: boolean; roles: string[]; name: string }[]>`
    SELECT m."id", m."active", m."roles"::text[] AS "roles", u."name"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."agencyId" = ${agencyId}::uuid AND m."id" IN (${lockedIds[0]}::uuid, ${lockedIds[1]}::uuid)
    ORDER BY m."id" FOR UPDATE OF m`;
  const receiver = locked.find((m) => m.id === input.toAmId);
  if (!locked.some((m) => m.id === input.fromAmId) || !receiver) throw notFound("That account manager");
  if (!receiver.active || !receiver.roles.includes("AM")) {
    throw new ActionError("invalid", `${receiver.name} is not an active account manager.`, {
      toAmId: ["Not an active AM."],
    });
  }

  const account = await tx.account.findFirst({
    where: { agencyId, id: input.accountId, archivedAt: null },
    select: {
      id: true,
      name: true,
      amId: true,
      version: true,
      complexity: true,
      status: true,
      client: { select: { name: true } },
    },
  });
  if (!account) throw notFound("That account");
  if (account.amId !== input.fromAmId || account.version !== input.expectedVersion) {
    throw new ActionError(
      "conflict",
      "This account changed since you looked (another leader may have moved it). Review and retry.",
      undefined,
      {
        amId: account.amId,
        version: account.version,
      },
    );
  }

  const agency = await tx.agency.findFirstOrThrow({
    where: { id: agencyId },
    select: { employeeCount: true, guidelineMinOverride: true, guidelineMaxOverride: true },
  });
  const guideline = guidelineFor(agency);
  const receiverBook = await tx.account.findMany({
    where: { agencyId, amId: input.toAmId, archivedAt: null },
    select: { status: true, complexity: true },
  });
  const after = assessBook([...receiverBook, account], guideline);
  if (after.weightedLoad > guideline.max) {
    throw new ActionError(
      "invalid",
      `${receiver.name} would carry ${formatAmount(after.weightedLoad)} weighted accounts, over the guideline's ${guideline.max}.`,
      { toAmId: ["This move would overload the receiver."] },
    );
  }

  const moved = await tx.account.updateMany({
    where: { agencyId, id: account.id, amId: input.fromAmId, version: input.expectedVersion },
    data: { amId: input.toAmId, version: { increment: 1 } },
  });
  if (moved.count !== 1) throw new ActionError("conflict", "This account changed since you looked. Review and retry.");
  await audit({
    action: "account.reassigned",
    entityType: "Account",
    entityId: account.id,
    before: { amId: input.fromAmId, version: account.version },
    after: { amId: input.toAmId, version: account.version + 1, weight: COMPLEXITY_WEIGHT[account.complexity] },
  });
  return { accountId: account.id, amId: input.toAmId, version: account.version + 1 };
}
