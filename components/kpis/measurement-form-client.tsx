"use client";

import { useState, type FormEvent } from "react";
import { localIsoDate } from "@/components/check-ins/labels";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { recordMeasurement } from "@/lib/actions/kpis";
import { KPI_LIMITS } from "@/lib/domain/kpis/schemas";
import { FormMessage } from "@/components/ui/form-message";
import { TextAreaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";

const PERIOD_HINT = {
  WEEKLY: "Any day of the week; it counts for that week.",
  MONTHLY: "Any day of the month; it counts for that month.",
  QUARTERLY: "Any day of the quarter; it counts for that quarter.",
} as const;

/**
 * Records a reading: value, a day in the period, an optional note. A second reading for the same period replaces the
 * first (the audit log keeps the old value). On success the page refreshes, so the chart gains the point.
 */
export function MeasurementForm({
  slug,
  kpi,
}: {
  slug: string;
  kpi: { id: string; name: string; unit: string; cadence: string };
}) {
  const [values, setValues] = useState({ value: "", periodStart: localIsoDate(new Date()), note: "" });
  const [saved, setSaved] = useState<string | null>(null);
  const { formRef, pending, errors, message, submit } = useActionForm();
  const idPrefix = `reading-${kpi.id}`;
  const set = (patch: Partial<typeof values>) => {
    setValues((v) => ({ ...v, ...patch }));
    setSaved(null);
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    submit(
      () => recordMeasurement(slug, { kpiId: kpi.id, ...values }),
      (data) => {
        setSaved(data.corrected ? "Reading corrected for that period." : "Reading recorded.");
        setValues((v) => ({ ...v, value: "", note: "" }));
      },
    );
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3"
      aria-label={`Record a reading of ${kpi.name}`}
    >
      <FormMessage message={message} errors={errors} />
      {saved && <Alert tone="success">{saved}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          idPrefix={idPrefix}
          name="value"
          label={`Value (${kpi.unit})`}
          inputMode="decimal"
          value={values.value}
          onChange={(e) => set({ value: e.target.value })}
          errors={errors.value}
        />
        <TextField
          idPrefix={idPrefix}
          name="periodStart"
          label="Period"
          type="date"
          hint={PERIOD_HINT[kpi.cadence as keyof typeof PERIOD_HINT]}
          value={values.periodStart}
          onChange={(e) => set({ periodStart: e.target.value })}
          errors={errors.periodStart}
        />
      </div>
      <TextAreaField
        idPrefix={idPrefix}
        name="note"
        label="Note (optional)"
        rows={2}
        maxLength={KPI_LIMITS.noteMax}
        value={values.note}
        onChange={(e) => set({ note: e.target.value })}
        errors={errors.note}
      />
      <Button type="submit" pending={pending}>
        {pending ? "Saving…" : "Record reading"}
      </Button>
    </form>
  );
}
