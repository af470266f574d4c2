import type { z } from "zod";
import type { ActionContext } from "@/lib/actions/define-action";
import { ActionError, forbidden, notFound } from "@/lib/actions/result";
import { fieldChange } from "@/lib/audit/record";
import type { TenantTx } from "@/lib/db/tenant";
import { leadsPeople } from "./access";
import type { setLevelKpisSchema } from "./schemas";

/**
 * The KPI definitions a level can link to. A KPI is defined once per member or account (Kpi), so a definition is the
 * name those live rows share; with it, how many members and accounts track it (the ladder shows it beside the link).
 */
export async function readKpiDefinitions(tx: TenantTx, agencyId: string) {
  const rows = await tx.kpi.groupBy({
    by: ["name"],
    where: { agencyId, archivedAt: null },
    _count: { membershipId: true, accountId: true },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => ({ name: r.name, members: r._count.membershipId, accounts: r._count.accountId }));
}
export type KpiDefinition = Awaited<ReturnType<typeof readKpiDefinitions>>[number];

type Ctx = ActionContext<z.infer<typeof setLevelKpisSchema>>;

/** A leader links a level to the KPI definitions that go with it (the whole set at once); unknown names are refused. */
export async function setLevelKpis({ input, member, tx, audit }: Ctx) {
  const { agencyId } = member;
  if (!leadsPeople(member)) throw forbidden();
  const level = await tx.careerLevel.findFirst({
    where: { agencyId, id: input.levelId },
    select: { id: true, name: true, kpis: { select: { kpiName: true }, orderBy: { kpiName: "asc" } } },
  });
  if (!level) throw notFound("That level");
  const defined = new Map((await readKpiDefinitions(tx, agencyId)).map((d) => [d.name.toLowerCase(), d.name]));
  const unknown = input.kpiNames.filter((n) => !defined.has(n.toLowerCase()));
  if (unknown.length > 0) {
    throw new ActionError("invalid", "Link only KPIs this agency defines.", {
      kpiNames: [`No live KPI is defined as ${unknown.map((n) => `“${n}”`).join(", ")}. Define it on a member first.`],
    });
  }
  // The definition's own spelling is stored, so a link typed in another case still matches the members' KPIs.
  const names = [...new Set(input.kpiNames.map((n) => defined.get(n.toLowerCase())!))].sort();
  await tx.careerLevelKpi.deleteMany({ where: { agencyId, levelId: level.id, kpiName: { notIn: names } } });
  await tx.careerLevelKpi.createMany({
    data: names.map((kpiName) => ({ agencyId, levelId: level.id, kpiName })),
    skipDuplicates: true,
  });
  await audit(
    fieldChange("people.level_kpis_set", "CareerLevel", level.id, {
      kpiNames: [level.kpis.map((k) => k.kpiName), names],
    }),
  );
  return { levelId: level.id, kpiNames: names };
}
