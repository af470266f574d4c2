"use client";

import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { markContactLeft } from "@/lib/actions/commercial";
import type { ContactLeftResult } from "@/lib/domain/commercial/contact-left";
import { COMMERCIAL_LIMITS } from "@/lib/domain/commercial/schemas";

const NEW_COMPANY_HINT = "Opens a new-business lead for the AM.";

/** "Moved on": when the contact left and, if known, where to (which opens a new-business lead for the AM). */
export function ContactLeftForm({
  slug,
  contact,
  today,
  onDone,
}: {
  slug: string;
  contact: { id: string; name: string };
  today: string;
  onDone: (result: ContactLeftResult | null) => void;
}) {
  const { field, shell } = useActionFormFields<ContactLeftResult>(`left-${contact.id}`, { onDone }, (values) =>
    markContactLeft(slug, { contactId: contact.id, ...values.pick("leftOn", "newCompany", "newRole") }),
  );
  return (
    <FormShell
      {...shell}
      label={`${contact.name} has left the client`}
      submitLabel="Mark as left"
      className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-3"
      onCancel={() => onDone(null)}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField {...field("leftOn")} label="Left on" type="date" defaultValue={today} />
        <TextField
          {...field("newCompany")}
          label="New company (if known)"
          maxLength={COMMERCIAL_LIMITS.companyMax}
          hint={NEW_COMPANY_HINT}
        />
        <TextField {...field("newRole")} label="New role (if known)" maxLength={COMMERCIAL_LIMITS.roleMax} />
      </div>
    </FormShell>
  );
}

/** What the departure means, said at once: the recomputed relationship risk, the primary-contact prompt, the lead. */
export function ContactLeftOutcome({
  name,
  result,
  leadsHref,
}: {
  name: string;
  result: ContactLeftResult;
  leadsHref: string | null;
}) {
  return (
    <div role="status" className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-slate-900">
      <p className="font-medium">{name} is marked as left.</p>
      {result.needsNewPrimary && (
        <p data-testid="name-new-primary">
          {name} was the primary contact: name a new primary contact (Edit a contact below and tick “Primary”).
        </p>
      )}
      {result.relationshipRisk && (
        <p>
          Relationship risk ({result.relationshipRisk.severity}): {result.relationshipRisk.reason}
        </p>
      )}
      {result.leadId && (
        <p>
          A new-business lead was opened for their new company
          {leadsHref && (
            <>
              {" "}
              (
              <a href={leadsHref} className="font-medium text-indigo-700 underline">
                see the leads
              </a>
              )
            </>
          )}
          .
        </p>
      )}
    </div>
  );
}
