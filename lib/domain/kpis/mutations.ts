import { forbidden, notFound } from "@/lib/actions/result";
import type { TenantTx } from "@/lib/db/tenant";
import type { Ctx } from "@/lib/domain/action-context";
import { mayDefineKpi, mayMeasureKpi } from "./access";
import { periodStartFor } from "./periods";

/**
 * KPI writes, each in the action's tenant transaction with its audit event. Rows are found by (agencyId, id), so
 * another agency's id is "not found"; who may change what is decided on the loaded row (access.ts). KPIs of archived
 * accounts are frozen. Recording a reading for a period that already has one corrects it (the audit keeps the old
 * value); a wrong reading can also be deleted, audited with what it was.
 */

const kpiColumns = {
  id: true,
  name: true,
  unit: true,
  target: true,
  direction: true,
  cadence: true,
  accountId: true,
  membershipId: true,
  account: { select: { amId: true, archivedAt: true } },
} as const;

async function loadKpi(tx: TenantTx, agencyId: string, kpiId: string) {
  const kpi = await tx.kpi.findFirst({ where: { agencyId, id: kpiId, archivedAt: null }, select: kpiColumns });
  if (!kpi || kpi.account?.archivedAt) throw notFound("That KPI");
  return { ...kpi, owner: { accountAmId: kpi.account?.amId ?? null, membershipId: kpi.membershipId } };
}

const plain = (kpi: {
  name: string;
  unit: string;
  target: { toFixed(n: number): string };
  direction: string;
  cadence: string;
}) => ({
  name: kpi.name,
  unit: kpi.unit,
  target: kpi.target.toFixed(2),
  direction: kpi.direction,
  cadence: kpi.cadence,
});

/** What defines a KPI (as opposed to who owns it): what the create and edit forms send and the audit records. */
const definitionOf = (
  input: Pick<Ctx<"createKpiSchema">["input"], "name" | "unit" | "target" | "direction" | "cadence">,
) => ({
  name: input.name,
  unit: input.unit,
  target: input.target,
  direction: input.direction,
  cadence: input.cadence,
});

export async function createKpi({ input, member, tx, audit }: Ctx<"createKpiSchema">) {
  const { agencyId } = member;
  let owner: { accountAmId: string | null; membershipId: string | null };
  if (input.accountId) {
    const account = await tx.account.findFirst({
      where: { agencyId, id: input.accountId, archivedAt: null },
      select: { amId: true },
    });
    if (!account) throw notFound("That account");
    owner = { accountAmId: account.amId, membershipId: null };
  } else {
    const person = await tx.membership.findFirst({
      where: { agencyId, id: input.membershipId, active: true },
      select: { id: true },
    });
    if (!person) throw notFound("That member");
    owner = { accountAmId: null, membershipId: person.id };
  }
  if (!mayDefineKpi(member, owner)) {
    throw forbidden(
      owner.membershipId ? "Only a leader sets a member's KPIs." : "You can set KPIs only on accounts you manage.",
    );
  }
  const data = definitionOf(input);
  const kpi = await tx.kpi.create({
    data: { agencyId, accountId: input.accountId ?? null, membershipId: owner.membershipId, ...data },
    select: { id: true },
  });
  await audit({
    action: "kpi.created",
    entityType: "Kpi",
    entityId: kpi.id,
    after: { ...data, accountId: input.accountId ?? null, membershipId: owner.membershipId },
  });
  return { kpiId: kpi.id };
}

export async function editKpi({ input, member, tx, audit }: Ctx<"editKpiSchema">) {
  const { agencyId } = member;
  const before = await loadKpi(tx, agencyId, input.kpiId);
  if (!mayDefineKpi(member, before.owner)) throw forbidden("You cannot change this KPI.");
  const data = definitionOf(input);
  await tx.kpi.updateMany({ where: { agencyId, id: before.id }, data });
  await audit({ action: "kpi.edited", entityType: "Kpi", entityId: before.id, before: plain(before), after: data });
  return { kpiId: before.id };
}

export async function archiveKpi({ input, member, tx, audit }: Ctx<"archiveKpiSchema">) {
  const { agencyId } = member;
  const before = await loadKpi(tx, agencyId, input.kpiId);
  if (!mayDefineKpi(member, before.owner)) throw forbidden("You cannot archive this KPI.");
  const archivedAt = new Date();
  await tx.kpi.updateMany({ where: { agencyId, id: before.id, archivedAt: null }, data: { archivedAt } });
  await audit({
    action: "kpi.archived",
    entityType: "Kpi",
    entityId: before.id,
    before: plain(before),
    after: { archivedAt },
  });
  return { kpiId: before.id };
}

export async function recordMeasurement({ input, member, tx, audit }: Ctx<"recordMeasurementSchema">) {
  const { agencyId } = member;
  const kpi = await loadKpi(tx, agencyId, input.kpiId);
  if (!mayMeasureKpi(member, kpi.owner)) throw forbidden("You cannot record readings of this KPI.");
  const periodStart = new Date(`${periodStartFor(kpi.cadence, input.periodStart)}T00:00:00.000Z`);
  const key = { agencyId, kpiId: kpi.id, periodStart };
  const previous = await tx.kpiMeasurement.findFirst({ where: key, select: { id: true, value: true, note: true } });
  const saved = await tx.kpiMeasurement.upsert({
    where: { agencyId_kpiId_periodStart: key },
    create: { ...key, value: input.value, note: input.note },
    update: { value: input.value, note: input.note },
    select: { id: true },
  });
  await audit({
    action: previous ? "kpi.measurement_corrected" : "kpi.measurement_recorded",
    entityType: "KpiMeasurement",
    entityId: saved.id,
    before: previous ? { value: previous.value.toFixed(2), note: previous.note } : undefined,
    after: { kpiId: kpi.id, periodStart, value: input.value, note: input.note },
  });
  return { measurementId: saved.id, periodStart: periodStart.toISOString().slice(0, 10), corrected: Boolean(previous) };
}

export async function deleteMeasurement({ input, member, tx, audit }: Ctx<"deleteMeasurementSchema">) {
  const { agencyId } = member;
  const measurement = await tx.kpiMeasurement.findFirst({
    where: { agencyId, id: input.measurementId },
    select: { id: true, kpiId: true, value: true, periodStart: true, note: true },
  });
  if (!measurement) throw notFound("That reading");
  const kpi = await loadKpi(tx, agencyId, measurement.kpiId);
  if (!mayMeasureKpi(member, kpi.owner)) throw forbidden("You cannot delete readings of this KPI.");
  await tx.kpiMeasurement.deleteMany({ where: { agencyId, id: measurement.id } });
  await audit({
    action: "kpi.measurement_deleted",
    entityType: "KpiMeasurement",
    entityId: measurement.id,
    before: { ...measurement, value: measurement.value.toFixed(2) },
  });
  return { measurementId: measurement.id };
}
