"use client";

import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { deleteAgency } from "@/lib/actions/agency-lifecycle";

/**
 * Deleting the agency: the owner types its name. Afterwards the agency's pages no longer exist and members whose only
 * agency it was are signed out, so the browser leaves for the public home page (replacing the settings page in history).
 */
export function DeleteAgencyForm({ slug, name }: { slug: string; name: string }) {
  const { field, shell } = useActionFormFields("delete", { navigate: () => "/", replace: true }, (values) =>
    deleteAgency(slug, values.pick("confirmName")),
  );
  return (
    <FormShell
      {...shell}
      label="Delete the agency"
      submitLabel="Delete this agency"
      pendingLabel="Deleting…"
      submitVariant="danger"
    >
      <p className="text-sm text-slate-700">
        Every client, account, check-in, project, KPI, growth plan, member and the audit log of{" "}
        <strong className="font-semibold">{name}</strong> are deleted at once and cannot be restored. Download the
        archive above first. A record that the agency was deleted, and by whom, is kept outside it.
      </p>
      <TextField {...field("confirmName")} label={`Type the agency's name, ${name}, to confirm`} autoComplete="off" />
    </FormShell>
  );
}
