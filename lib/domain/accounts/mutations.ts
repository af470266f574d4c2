import { ActionError, INVALID_INPUT_MESSAGE, forbidden, notFound } from "@/lib/actions/result";
import type { TenantTx } from "@/lib/db/tenant";
import type { Ctx } from "@/lib/domain/action-context";
import { isUniqueViolation, lockOpenClient } from "@/lib/domain/clients/mutations";
import { toIsoDate } from "@/lib/format/dates";
import { mayEditAccount } from "./access";
import { accountConflict } from "./conflict";
import { ACCOUNT_TERMS } from "./terms";

/**
 * Account writes.
 * - Create and archive: leaders ("accounts:write"). Reassigning the owner: "accounts:reassign" (leaders), audited with
 *   the AM before and after.
 * - Edit: leaders on any account; an AM ("accounts:write:own") on the accounts they own — never the owner itself
 *   (that is a reassignment) and never someone else's account. The wrapper admits either permission; the rule is checked
 *   here on the loaded row.
 * - Optimistic concurrency as for projects and rebalancing moves: every write names the version it saw; the UPDATE
 *   matches (agencyId, id, version) and bumps it, and a stale write gets `conflict` with the current values.
 */

const accountColumns = {
  id: true,
  clientId: true,
  amId: true,
  name: true,
  ...ACCOUNT_TERMS,
  version: true,
} as const;

type AccountRow = { monthlyValue: { toFixed(d: number): string }; startDate: Date | null; renewalDate: Date | null };

const snapshot = <T extends AccountRow>(row: T) => ({
  ...row,
  monthlyValue: row.monthlyValue.toFixed(2),
  startDate: toIsoDate(row.startDate),
  renewalDate: toIsoDate(row.renewalDate),
});

async function loadAccount(tx: TenantTx, agencyId: string, accountId: string) {
  const account = await tx.account.findFirst({
    where: { agencyId, id: accountId, archivedAt: null },
    select: accountColumns,
  });
  if (!account) throw notFound("That account");
  return account;
}

/** The owner must be an active member of this agency holding the AM role. */
async function assertAccountManager(tx: TenantTx, agencyId: string, amId: string) {
  const am = await tx.membership.findFirst({
    where: { agencyId, id: amId, active: true },
    select: { id: true, roles: true, user: { select: { name: true } } },
  });
  if (!am || !am.roles.includes("AM")) {
    throw new ActionError("invalid", INVALID_INPUT_MESSAGE, { amId: ["Choose an active account manager."] });
  }
  return { id: am.id, name: am.user.name };
}

const nameTaken = () =>
  new ActionError("invalid", INVALID_INPUT_MESSAGE, { name: ["This client already has an account with this name."] });

async function assertNameFree(tx: TenantTx, agencyId: string, clientId: string, name: string, exceptId?: string) {
  const clash = await tx.account.findFirst({
    where: {
      agencyId,
      clientId,
      name: { equals: name, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  if (clash) throw nameTaken();
}

const dates = (input: { startDate?: string; renewalDate?: string }) => ({
  startDate: input.startDate ? new Date(input.startDate) : null,
  renewalDate: input.renewalDate ? new Date(input.renewalDate) : null,
});

export async function createAccount({ input, member, tx, audit }: Ctx<"createAccountSchema">) {
  const { agencyId } = member;
  if (!(await lockOpenClient(tx, agencyId, input.clientId))) throw notFound("That client");
  await assertAccountManager(tx, agencyId, input.amId);
  await assertNameFree(tx, agencyId, input.clientId, input.name);
  const account = await tx.account
    .create({ data: { agencyId, ...input, ...dates(input) }, select: { id: true, version: true } })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken() : error;
    });
  await audit({ action: "account.created", entityType: "Account", entityId: account.id, after: input });
  return { accountId: account.id, version: account.version };
}

export async function editAccount({ input, member, tx, audit }: Ctx<"editAccountSchema">) {
  const { agencyId } = member;
  const before = await loadAccount(tx, agencyId, input.accountId);
  if (!mayEditAccount(member, before.amId)) throw forbidden("You can edit only accounts you manage.");
  if (before.version !== input.expectedVersion) throw await accountConflict(tx, agencyId, before.id);
  if (input.name.toLowerCase() !== before.name.toLowerCase()) {
    await assertNameFree(tx, agencyId, before.clientId, input.name, before.id);
  }
  const { accountId, expectedVersion, ...fields } = input;
  const updated = await tx.account
    .updateMany({
      where: { agencyId, id: accountId, version: expectedVersion, archivedAt: null },
      data: { ...fields, ...dates(fields), version: { increment: 1 } },
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken() : error;
    });
  if (updated.count !== 1) throw await accountConflict(tx, agencyId, accountId);
  const version = expectedVersion + 1;
  await audit({
    action: "account.edited",
    entityType: "Account",
    entityId: accountId,
    before: snapshot(before),
    after: { ...fields, startDate: fields.startDate ?? null, version }, // null: the start was made unknown
  });
  return { accountId, version };
}

export async function archiveAccount({ input, member, tx, audit }: Ctx<"archiveAccountSchema">) {
  const { agencyId } = member;
  const before = await loadAccount(tx, agencyId, input.accountId);
  if (before.version !== input.expectedVersion) throw await accountConflict(tx, agencyId, before.id);
  const archivedAt = new Date();
  const updated = await tx.account.updateMany({
    where: { agencyId, id: before.id, version: input.expectedVersion, archivedAt: null },
    data: { archivedAt, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw await accountConflict(tx, agencyId, before.id);
  // Its open projects go with it: an archived engagement's projects would otherwise stay in lists and signals.
  const projects = await tx.project.findMany({
    where: { agencyId, accountId: before.id, archivedAt: null },
    select: { id: true, name: true, version: true },
  });
  if (projects.length > 0) {
    await tx.project.updateMany({
      where: { agencyId, id: { in: projects.map((p) => p.id) } },
      data: { archivedAt, version: { increment: 1 } },
    });
  }
  for (const p of projects) {
    await audit({
      action: "project.archived",
      entityType: "Project",
      entityId: p.id,
      before: { name: p.name, version: p.version },
      after: { archivedAt, version: p.version + 1, withAccount: before.id },
    });
  }
  await audit({
    action: "account.archived",
    entityType: "Account",
    entityId: before.id,
    before: snapshot(before),
    after: { archivedAt, version: input.expectedVersion + 1 },
  });
  return { accountId: before.id, version: input.expectedVersion + 1 };
}

export async function reassignAccount({ input, member, tx, audit }: Ctx<"reassignAccountSchema">) {
  const { agencyId } = member;
  const before = await loadAccount(tx, agencyId, input.accountId);
  if (before.version !== input.expectedVersion) throw await accountConflict(tx, agencyId, before.id);
  if (input.amId === before.amId) {
    throw new ActionError("invalid", INVALID_INPUT_MESSAGE, { amId: ["This AM already owns the account."] });
  }
  const to = await assertAccountManager(tx, agencyId, input.amId);
  const from = await tx.membership.findFirst({
    where: { agencyId, id: before.amId },
    select: { id: true, user: { select: { name: true } } },
  });
  const updated = await tx.account.updateMany({
    where: { agencyId, id: before.id, version: input.expectedVersion, archivedAt: null },
    data: { amId: to.id, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw await accountConflict(tx, agencyId, before.id);
  const version = input.expectedVersion + 1;
  await audit({
    action: "account.reassigned",
    entityType: "Account",
    entityId: before.id,
    before: { amId: before.amId, amName: from?.user.name ?? null, version: before.version },
    after: { amId: to.id, amName: to.name, version },
  });
  return { accountId: before.id, version, amId: to.id };
}
