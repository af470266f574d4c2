"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
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
  return (
    <ActionForm
      idPrefix={`request-${accountId}`}
      label="Log a scope request"
      submitLabel="Log request"
      success="Request logged."
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      action={(values) =>
        logScopeRequest(slug, {
          accountId,
          ...values.pick("askedOn", "contactId", "summary", "estimateHours", "decision"),
        })
      }
    >
      {(field) => (
        <>
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
        </>
      )}
    </ActionForm>
  );
}
