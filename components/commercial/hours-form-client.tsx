"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { recordHours } from "@/lib/actions/commercial";

/** Hours used in a month, by hand (for agencies without timesheet exports); timesheet imports add to them. */
export function HoursForm({ slug, accountId, month }: { slug: string; accountId: string; month: string }) {
  return (
    <ActionForm
      idPrefix={`hours-${accountId}`}
      label="Record hours by hand"
      submitLabel="Record hours"
      success="Hours recorded."
      className="space-y-3"
      action={(values) => recordHours(slug, { accountId, ...values.pick("month", "hours") })}
    >
      {(field) => (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField {...field("month")} label="Month" type="month" defaultValue={month} />
          <TextField
            {...field("hours")}
            label="Hours used (by hand)"
            hint="Replaces this month's hand-recorded figure; 0 removes it."
            inputMode="decimal"
          />
        </div>
      )}
    </ActionForm>
  );
}
