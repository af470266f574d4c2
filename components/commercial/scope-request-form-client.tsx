"use client";

import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { logScopeRequest } from "@/lib/actions/commercial";
import { COMMERCIAL_LIMITS, DECISION_LABEL, SCOPE_DECISIONS } from "@/lib/domain/commercial/schemas";

const DECISIONS = SCOPE_DECISIONS.map((d) => ({ value: d, label: DECISION_LABEL[d] }));

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
  const { field, shell } = useActionFormFields(`request-${accountId}`, { success: "Request logged." }, (values) =>
    logScopeRequest(slug, {
      accountId,
      ...values.pick("askedOn", "contactId", "summary", "estimateHours", "decision"),
    }),
  );
  const contactOptions = contacts.map((c) => ({ value: c.id, label: c.name }));
  return (
    <FormShell
      {...shell}
      label="Log a scope request"
      submitLabel="Log request"
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      <TextField {...field("summary")} label="What was asked" maxLength={COMMERCIAL_LIMITS.summaryMax} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField {...field("askedOn")} label="Asked on" type="date" defaultValue={today} />
        <SelectField {...field("contactId")} label="Asked by" placeholder="Not recorded" options={contactOptions} />
        <TextField {...field("estimateHours")} label="Estimate (hours)" inputMode="decimal" />
        <SelectField {...field("decision")} label="Decision" placeholder="Choose…" options={DECISIONS} />
      </div>
    </FormShell>
  );
}
