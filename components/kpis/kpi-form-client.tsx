"use client";

import { TextField } from "@/components/ui/field";
import { createKpi, editKpi } from "@/lib/actions/kpis";
import { CADENCES } from "@/lib/domain/kpis/periods";
import { KPI_DIRECTIONS, KPI_LIMITS } from "@/lib/domain/kpis/schemas";
import { InlineEditForm } from "@/components/ui/inline-edit-form";
import { SelectField } from "@/components/ui/select-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";

export const DIRECTION_LABEL = { HIGHER_IS_BETTER: "Higher is better", LOWER_IS_BETTER: "Lower is better" } as const;
export const CADENCE_LABEL = { WEEKLY: "Weekly", MONTHLY: "Monthly", QUARTERLY: "Quarterly" } as const;

export type KpiDefinition = { name: string; unit: string; target: string; direction: string; cadence: string };

const DIRECTION_OPTIONS = KPI_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABEL[d] }));
const CADENCE_OPTIONS = CADENCES.map((c) => ({ value: c, label: CADENCE_LABEL[c] }));

const EMPTY: KpiDefinition = { name: "", unit: "", target: "", direction: "HIGHER_IS_BETTER", cadence: "MONTHLY" };

/**
 * Defines a KPI (name, unit, target, direction, cadence): new on an account or a member (`owner`), or an edit of an
 * existing one (`kpiId`). Errors come from the server's zod schema, field by field.
 */
export function KpiForm({
  slug,
  owner,
  kpiId,
  initial = EMPTY,
  onDone,
}: {
  slug: string;
  owner?: { accountId: string } | { membershipId: string };
  kpiId?: string;
  initial?: KpiDefinition;
  onDone: () => void;
}) {
  const { field, shell } = useActionFormFields(`kpi-${kpiId ?? "new"}`, { onDone, starting: initial }, (form) => {
    const values = form.pick("name", "unit", "target", "direction", "cadence");
    return kpiId ? editKpi(slug, { kpiId, ...values }) : createKpi(slug, { ...owner, ...values });
  });
  const editing = kpiId ? initial.name : undefined;

  return (
    <InlineEditForm {...shell} noun="KPI" editing={editing} onDone={onDone} roomy>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <TextField {...field("name")} label="Name" className="sm:col-span-2" maxLength={KPI_LIMITS.nameMax} />
        <TextField {...field("unit")} label="Unit" hint="%, USD, leads…" maxLength={KPI_LIMITS.unitMax} />
        <TextField {...field("target")} label="Target" inputMode="decimal" />
        <SelectField {...field("direction")} label="Direction" options={DIRECTION_OPTIONS} />
        <SelectField {...field("cadence")} label="Cadence" options={CADENCE_OPTIONS} />
      </div>
    </InlineEditForm>
  );
}
