"use client";

import { TextField } from "@/components/ui/field";
import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { logScopeRequest } from "@/lib/actions/commercial";
import { COMMERCIAL_LIMITS, DECISION_LABEL, SCOPE_DECISIONS } from "@/lib/domain/commercial/schemas";

/** An out-of-scope request: when, who asked, the estimate and what the agency decided. */
export function ScopeRequestForm({
  slug,
  accountId,
  contacts,
  today,
}: {
  slug: string;
  accountId: string;
  contacts: { id: string; name: string }[];
  today: string;
}) {
  const form = useActionForm({ success: "Request logged." });
  const field = fieldsOf(form, `request-${accountId}`);
  return (
    <FormShell
      form={form}
      label="Log a scope request"
      submitLabel="Log request"
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      onSubmit={(values) =>
        form.submit(() =>
          logScopeRequest(slug, {
            accountId,
            askedOn: values.get("askedOn"),
            contactId: values.get("contactId"),
            summary: values.get("summary"),
            estimateHours: values.get("estimateHours"),
            decision: values.get("decision"),
          }),
        )
      }
    >
      <TextField {...field("summary")} label="What was asked" maxLength={COMMERCIAL_LIMITS.summaryMax} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField {...field("askedOn")} label="Asked on" type="date" defaultValue={today} />
        <SelectField
          {...field("contactId")}
          label="Asked by"
          placeholder="Not recorded"
          options={contacts.map((c) => ({ value: c.id, label: c.name }))}
        />
        <TextField {...field("estimateHours")} label="Estimate (hours)" inputMode="decimal" />
        <SelectField
          {...field("decision")}
          label="Decision"
          placeholder="Choose…"
          options={SCOPE_DECISIONS.map((d) => ({ value: d, label: DECISION_LABEL[d] }))}
        />
      </div>
    </FormShell>
  );
}
