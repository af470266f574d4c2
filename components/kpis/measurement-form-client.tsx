"use client";

import { useState } from "react";
import { localIsoDate } from "@/components/check-ins/labels";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { recordMeasurement } from "@/lib/actions/kpis";
import { KPI_LIMITS } from "@/lib/domain/kpis/schemas";
import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { TextAreaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { boundFieldsOf } from "@/components/ui/use-bound-values";

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
  const form = useActionForm();
  const { submit } = form;
  const idPrefix = `reading-${kpi.id}`;
  const field = fieldsOf(form, idPrefix);
  const set = (patch: Partial<typeof values>) => {
    setValues((v) => ({ ...v, ...patch }));
    setSaved(null);
  };
  const bound = boundFieldsOf(field, values, set);

  function onSubmit() {
    submit(
      () => recordMeasurement(slug, { kpiId: kpi.id, ...values }),
      (data) => {
        setSaved(data.corrected ? "Reading corrected for that period." : "Reading recorded.");
        setValues((v) => ({ ...v, value: "", note: "" }));
      },
    );
  }

  return (
    <FormShell
      form={form}
      onSubmit={onSubmit}
      className="space-y-3"
      label={`Record a reading of ${kpi.name}`}
      submitLabel="Record reading"
    >
      {saved && <Alert tone="success">{saved}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField {...bound("value")} label={`Value (${kpi.unit})`} inputMode="decimal" />
        <TextField
          {...bound("periodStart")}
          label="Period"
          type="date"
          hint={PERIOD_HINT[kpi.cadence as keyof typeof PERIOD_HINT]}
        />
      </div>
      <TextAreaField {...bound("note")} label="Note (optional)" rows={2} maxLength={KPI_LIMITS.noteMax} />
    </FormShell>
  );
}
