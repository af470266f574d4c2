"use client";

import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { recordHours } from "@/lib/actions/commercial";

/** Hours used in a month, by hand (for agencies without timesheet exports); timesheet imports add to them. */
export function HoursForm({ slug, accountId, month }: { slug: string; accountId: string; month: string }) {
  const { field, shell } = useActionFormFields(`hours-${accountId}`, { success: "Hours recorded." }, (values) =>
    recordHours(slug, { accountId, ...values.pick("month", "hours") }),
  );
  return (
    <FormShell {...shell} label="Record hours by hand" submitLabel="Record hours" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField {...field("month")} label="Month" type="month" defaultValue={month} />
        <TextField
          {...field("hours")}
          label="Hours used (by hand)"
          hint="Replaces this month's hand-recorded figure; 0 removes it."
          inputMode="decimal"
        />
      </div>
    </FormShell>
  );
}
