"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { createKpi, editKpi } from "@/lib/actions/kpis";
import { CADENCES } from "@/lib/domain/kpis/periods";
import { KPI_DIRECTIONS, KPI_LIMITS } from "@/lib/domain/kpis/schemas";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";

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
  const [values, setValues] = useState(initial);
  const { formRef, pending, errors, message, submit } = useActionForm();
  const idPrefix = `kpi-${kpiId ?? "new"}`;
  const set = (patch: Partial<KpiDefinition>) => setValues((v) => ({ ...v, ...patch }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(() => (kpiId ? editKpi(slug, { kpiId, ...values }) : createKpi(slug, { ...owner, ...values })), onDone);
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
      aria-label={kpiId ? `Edit KPI ${initial.name}` : "New KPI"}
    >
      <FormMessage message={message} errors={errors} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
        <TextField
          idPrefix={idPrefix}
          name="name"
          label="Name"
          className="sm:col-span-2"
          maxLength={KPI_LIMITS.nameMax}
          value={values.name}
          onChange={(e) => set({ name: e.target.value })}
          errors={errors.name}
        />
        <TextField
          idPrefix={idPrefix}
          name="unit"
          label="Unit"
          hint="%, USD, leads…"
          maxLength={KPI_LIMITS.unitMax}
          value={values.unit}
          onChange={(e) => set({ unit: e.target.value })}
          errors={errors.unit}
        />
        <TextField
          idPrefix={idPrefix}
          name="target"
          label="Target"
          inputMode="decimal"
          value={values.target}
          onChange={(e) => set({ target: e.target.value })}
          errors={errors.target}
        />
        <SelectField
          idPrefix={idPrefix}
          name="direction"
          label="Direction"
          value={values.direction}
          onChange={(e) => set({ direction: e.target.value })}
          options={KPI_DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABEL[d] }))}
          errors={errors.direction}
        />
        <SelectField
          idPrefix={idPrefix}
          name="cadence"
          label="Cadence"
          value={values.cadence}
          onChange={(e) => set({ cadence: e.target.value })}
          options={CADENCES.map((c) => ({ value: c, label: CADENCE_LABEL[c] }))}
          errors={errors.cadence}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : kpiId ? "Save KPI" : "Add KPI"}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
