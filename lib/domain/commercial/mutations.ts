import { ActionError, INVALID_INPUT_MESSAGE, forbidden, notFound } from "@/lib/actions/result";
import { fieldChange } from "@/lib/audit/record";
import type { MemberContext } from "@/lib/auth/membership";
import type { TenantTx } from "@/lib/db/tenant";
import type { Ctx } from "@/lib/domain/action-context";
import { mayWriteCommercial } from "./access";

/** The person named on hours recorded by hand: one such row per account and month (the 1st), replaced on each save. */
export const MANUAL_PERSON = "Recorded by hand";

const invalid = (field: string, message: string) =>
  new ActionError("invalid", INVALID_INPUT_MESSAGE, { [field]: [message] });

/** A live account the member may write commercial data of; not found for another agency's id (RLS hides it). */
async function loadWritableAccount(tx: TenantTx, member: MemberContext, accountId: string) {
  const account = await tx.account.findFirst({
    where: { agencyId: member.agencyId, id: accountId, archivedAt: null },
    select: { id: true, amId: true, kind: true, clientId: true },
  });
  if (!account) throw notFound("That account");
  if (!mayWriteCommercial(member, account.amId)) {
    throw forbidden("You can change the commercial terms only of accounts you manage.");
  }
  return account;
}

export async function setScope({ input, member, tx, audit }: Ctx<"setScopeSchema">) {
  const { agencyId } = member;
  const account = await loadWritableAccount(tx, member, input.accountId);
  if (account.kind !== "RETAINER") throw invalid("accountId", "Only retainer accounts have a contracted scope.");
  const before = await tx.retainerScope.findUnique({
    where: { agencyId_accountId: { agencyId, accountId: account.id } },
    select: { monthlyHours: true, monthlyFee: true, blendedRate: true },
  });
  const data = { monthlyHours: input.monthlyHours, monthlyFee: input.monthlyFee, blendedRate: input.blendedRate };
  await tx.retainerScope.upsert({
    where: { agencyId_accountId: { agencyId, accountId: account.id } },
    create: { agencyId, accountId: account.id, ...data },
    update: data,
  });
  await audit({
    action: "retainer.scopeSet",
    entityType: "Account",
    entityId: account.id,
    before: before
      ? {
          monthlyHours: before.monthlyHours.toFixed(2),
          monthlyFee: before.monthlyFee.toFixed(2),
          blendedRate: before.blendedRate?.toFixed(2) ?? null,
        }
      : null,
    after: data,
  });
  return { accountId: account.id };
}

export async function recordHours({ input, member, tx, audit }: Ctx<"recordHoursSchema">) {
  const { agencyId } = member;
  const account = await loadWritableAccount(tx, member, input.accountId);
  const workDate = new Date(`${input.month}-01T00:00:00Z`);
  const key = { agencyId, accountId: account.id, workDate, person: MANUAL_PERSON, project: "" };
  const before = await tx.timesheetEntry.findUnique({
    where: { agencyId_accountId_workDate_person_project: key },
    select: { hours: true },
  });
  if (Number(input.hours) === 0) {
    await tx.timesheetEntry.deleteMany({ where: key });
  } else {
    await tx.timesheetEntry.upsert({
      where: { agencyId_accountId_workDate_person_project: key },
      create: { ...key, hours: input.hours, source: "MANUAL" },
      update: { hours: input.hours },
    });
  }
  await audit({
    action: "retainer.hoursRecorded",
    entityType: "Account",
    entityId: account.id,
    before: { month: input.month, hours: before?.hours.toFixed(2) ?? null },
    after: { month: input.month, hours: input.hours },
  });
  return { accountId: account.id, month: input.month };
}

export async function logScopeRequest({ input, member, tx, audit }: Ctx<"logScopeRequestSchema">) {
  const { agencyId } = member;
  const account = await loadWritableAccount(tx, member, input.accountId);
  if (input.contactId) {
    const contact = await tx.contact.findFirst({
      where: { agencyId, id: input.contactId, clientId: account.clientId },
      select: { id: true },
    });
    if (!contact) throw invalid("contactId", "Choose one of this client's contacts.");
  }
  const request = await tx.scopeRequest.create({
    data: {
      agencyId,
      accountId: account.id,
      askedOn: new Date(`${input.askedOn}T00:00:00Z`),
      contactId: input.contactId ?? null,
      summary: input.summary,
      estimateHours: input.estimateHours,
      decision: input.decision,
      loggedById: member.membershipId,
    },
    select: { id: true },
  });
  await audit({ action: "scopeRequest.logged", entityType: "ScopeRequest", entityId: request.id, after: input });
  return { scopeRequestId: request.id, accountId: account.id };
}

export async function linkValueChange({ input, member, tx, audit }: Ctx<"linkValueChangeSchema">) {
  const { agencyId } = member;
  const change = await tx.accountValueChange.findFirst({
    where: { agencyId, id: input.valueChangeId },
    select: { id: true, accountId: true, opportunityId: true, account: { select: { amId: true } } },
  });
  if (!change) throw notFound("That value change");
  if (!mayWriteCommercial(member, change.account.amId)) {
    throw forbidden("You can link opportunities only on accounts you manage.");
  }
  const opportunityId = input.opportunityId ?? null;
  if (opportunityId) {
    const won = await tx.opportunity.findFirst({
      where: { agencyId, id: opportunityId, stage: "WON", growthPlan: { accountId: change.accountId } },
      select: { id: true },
    });
    if (!won) throw invalid("opportunityId", "Choose a won opportunity of this account's growth plans.");
  }
  await tx.accountValueChange.updateMany({ where: { agencyId, id: change.id }, data: { opportunityId } });
  await audit(
    fieldChange("valueChange.linked", "AccountValueChange", change.id, {
      opportunityId: [change.opportunityId, opportunityId],
    }),
  );
  return { valueChangeId: change.id, accountId: change.accountId };
}
