"use client";

import { TextField } from "@/components/ui/field";
import { createKpi, editKpi } from "@/lib/actions/kpis";
import { CADENCES } from "@/lib/domain/kpis/periods";
import { KPI_DIRECTIONS, KPI_LIMITS } from "@/lib/domain/kpis/schemas";
import { InlineEditForm } from "@/components/ui/inline-edit-form";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useBoundValues } from "@/components/ui/use-bound-values";

export const DIRECTION_LABEL = { HIGHER_IS_BETTER: "Higher is better", LOWER_IS_BETTER: "Lower is better" } as const;
export const CADENCE_LABEL = { WEEKLY: "Weekly", MONTHLY: "Monthly", QUARTERLY: "Quarterly" } as const;

export type KpiDefinition = { name: string; unit: string; target: string; direction: string; cadence: string };

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
  const form = useActionForm();
  const idPrefix = `kpi-${kpiId ?? "new"}`;
  const { values, bound } = useBoundValues(form, idPrefix, initial);

  const editing = kpiId ? initial.name : undefined;
  const save = () => (kpiId ? editKpi(slug, { kpiId, ...values }) : createKpi(slug, { ...owner, ...values }));

  return (
    <InlineEditForm form={form} noun="KPI" editing={editing} save={save} onDone={onDone} roomy>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <TextField {...bound("name")} label="Name" className="sm:col-span-2" maxLength={KPI_LIMITS.nameMax} />
        <TextField {...bound("unit")} label="Unit" hint="%, USD, leads…" maxLength={KPI_LIMITS.unitMax} />
        <TextField {...bound("target")} label="Target" inputMode="decimal" />
        <SelectField
          {...bound("direction")}
          label="Direction"
          options={KPI_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABEL[d] }))}
        />
        <SelectField
          {...bound("cadence")}
          label="Cadence"
          options={CADENCES.map((c) => ({ value: c, label: CADENCE_LABEL[c] }))}
        />
      </div>
    </InlineEditForm>
  );
}
