import { ActionError, INVALID_INPUT_MESSAGE, forbidden, notFound } from "@/lib/actions/result";
import { can } from "@/lib/auth/permissions";
import type { TenantTx } from "@/lib/db/tenant";
import type { Ctx } from "@/lib/domain/action-context";
import { toIsoDate } from "@/lib/format/dates";
import { mayWriteClientScoped } from "./ownership";
import { CLIENT_DETAILS } from "./queries";

/**
 * Client writes.
 * - Create and archive: leaders ("accounts:write").
 * - Edit: leaders on any client; an AM ("accounts:write:own") on a client they own a live account of (see
 *   ownership.ts) — they are the ones who notice a rename or a new industry — but not its tier, because the tier sets
 *   the check-in cadence and the signals for everyone's book: that stays a leader's call.
 * - Archive refuses while the client has accounts that are not archived, instead of cascading: archiving an account
 *   takes it out of an AM's load and the portfolio, and that should be a deliberate, separately audited step per
 *   account, not a side effect. Contacts and check-ins stay (history is never deleted).
 */

/** The database's unique index is the final word; this turns its violation into the form's field error. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Locks an open (not archived) client's row for the rest of the transaction and says whether it exists. Archiving a
 * client and adding an account or contact to it both take this lock, so an account cannot slip onto a client while
 * it is being archived: the later transaction re-reads the row after the first commits and finds it archived.
 */
export async function lockOpenClient(tx: TenantTx, agencyId: string, clientId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Client"
    WHERE "agencyId" = ${agencyId}::uuid AND "id" = ${clientId}::uuid AND "archivedAt" IS NULL
    FOR UPDATE`;
  return rows.length === 1;
}

const nameTaken = () =>
  new ActionError("invalid", INVALID_INPUT_MESSAGE, { name: ["A client with this name already exists."] });

/** Names are unique per agency; the friendly check ignores case so "Acme" and "ACME" do not both appear. */
async function assertNameFree(tx: TenantTx, agencyId: string, name: string, exceptId?: string) {
  const clash = await tx.client.findFirst({
    where: { agencyId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw nameTaken();
}

const snapshot = (c: { clientSince: Date | null } & Record<string, unknown>) => ({
  ...c,
  clientSince: toIsoDate(c.clientSince),
});

export async function createClient({ input, member, tx, audit }: Ctx<"createClientSchema">) {
  const { agencyId } = member;
  await assertNameFree(tx, agencyId, input.name);
  const data = { ...input, clientSince: input.clientSince ? new Date(input.clientSince) : null };
  const client = await tx.client
    .create({ data: { agencyId, ...data }, select: { id: true } })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken() : error;
    });
  await audit({ action: "client.created", entityType: "Client", entityId: client.id, after: input });
  return { clientId: client.id };
}

export async function editClient({ input, member, tx, audit }: Ctx<"editClientSchema">) {
  const { agencyId } = member;
  const before = await tx.client.findFirst({
    where: { agencyId, id: input.clientId, archivedAt: null },
    select: CLIENT_DETAILS,
  });
  if (!before) throw notFound("That client");
  const allowed = await mayWriteClientScoped(tx, member, before.id, {
    any: "accounts:write",
    own: "accounts:write:own",
  });
  if (!allowed) throw forbidden("You can edit only clients whose accounts you manage.");
  if (input.tier !== before.tier && !can(member.roles, "accounts:write")) {
    throw forbidden("Only a leader can change a client's tier.");
  }
  if (input.name.toLowerCase() !== before.name.toLowerCase()) await assertNameFree(tx, agencyId, input.name, before.id);
  const { clientId, ...fields } = input;
  const data = { ...fields, clientSince: fields.clientSince ? new Date(fields.clientSince) : null };
  await tx.client.update({ where: { agencyId, id: clientId }, data }).catch((error: unknown) => {
    throw isUniqueViolation(error) ? nameTaken() : error;
  });
  await audit({
    action: "client.edited",
    entityType: "Client",
    entityId: clientId,
    before: snapshot(before),
    after: fields,
  });
  return { clientId };
}

export async function archiveClient({ input, member, tx, audit }: Ctx<"archiveClientSchema">) {
  const { agencyId } = member;
  if (!(await lockOpenClient(tx, agencyId, input.clientId))) throw notFound("That client");
  const client = await tx.client.findFirst({
    where: { agencyId, id: input.clientId, archivedAt: null },
    select: CLIENT_DETAILS,
  });
  if (!client) throw notFound("That client");
  const openAccounts = await tx.account.count({ where: { agencyId, clientId: client.id, archivedAt: null } });
  if (openAccounts > 0) {
    const noun = openAccounts === 1 ? "account" : "accounts";
    throw new ActionError("invalid", `Archive its ${openAccounts} ${noun} first: a client with open accounts stays.`, {
      _form: [`${client.name} still has ${openAccounts} open ${noun}.`],
    });
  }
  const archivedAt = new Date();
  await tx.client.update({ where: { agencyId, id: client.id }, data: { archivedAt } });
  await audit({
    action: "client.archived",
    entityType: "Client",
    entityId: client.id,
    before: snapshot(client),
    after: { archivedAt },
  });
  return { clientId: client.id };
}
