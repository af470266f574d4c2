"use client";

import { TextField } from "@/components/ui/field";
import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import { recordHours } from "@/lib/actions/commercial";

/** Hours used in a month, by hand (for agencies without timesheet exports); timesheet imports add to them. */
export function HoursForm({ slug, accountId, month }: { slug: string; accountId: string; month: string }) {
  const form = useActionForm({ success: "Hours recorded." });
  const field = fieldsOf(form, `hours-${accountId}`);
  return (
    <FormShell
      form={form}
      label="Record hours by hand"
      submitLabel="Record hours"
      className="space-y-3"
      onSubmit={(values) =>
        form.submit(() => recordHours(slug, { accountId, month: values.get("month"), hours: values.get("hours") }))
      }
    >
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
