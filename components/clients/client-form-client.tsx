"use client";

import { TextField } from "@/components/ui/field";
import { FormShell, fieldsOf, type FormValues } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createClient, editClient } from "@/lib/actions/clients";
import { CLIENT_LIMITS } from "@/lib/domain/clients/schemas";
import { CLIENT_STATUS_OPTIONS, TIER_OPTIONS } from "./labels";

export type ClientFormValues = {
  id?: string;
  name: string;
  industry: string;
  tier: string;
  status: string;
  clientSince: string;
};

const EMPTY: ClientFormValues = { name: "", industry: "", tier: "TIER_2", status: "ACTIVE", clientSince: "" };

/**
 * New client (then to its page) or edit one in place. Validation is the server's: its field errors appear under each
 * field and the typed values stay. `tierLocked`: AMs may edit a client's details but only leaders change its tier.
 */
export function ClientForm({
  slug,
  client,
  tierLocked = false,
}: {
  slug: string;
  client?: ClientFormValues;
  tierLocked?: boolean;
}) {
  const initial = client ?? EMPTY;
  const form = useActionForm<{ clientId: string }>(
    client?.id ? { success: "Client saved." } : { navigate: (data) => `/${slug}/clients/${data.clientId}` },
  );
  const field = fieldsOf(form, client?.id ? `client-${client.id}` : "new-client");

  function save(input: FormValues) {
    const values = {
      name: input.get("name"),
      industry: input.get("industry"),
      tier: tierLocked ? initial.tier : input.get("tier"),
      status: input.get("status"),
      clientSince: input.get("clientSince"),
    };
    const id = client?.id;
    form.submit(() => (id ? editClient(slug, { clientId: id, ...values }) : createClient(slug, values)));
  }

  return (
    <FormShell
      form={form}
      label={client?.id ? "Edit client" : "New client"}
      onSubmit={save}
      submitLabel={client?.id ? "Save client" : "Create client"}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          {...field("name")}
          label="Name"
          defaultValue={initial.name}
          maxLength={CLIENT_LIMITS.nameMax}
          required
        />
        <TextField
          {...field("industry")}
          label="Industry (optional)"
          defaultValue={initial.industry}
          maxLength={CLIENT_LIMITS.industryMax}
        />
        <SelectField
          {...field("tier")}
          label="Tier"
          options={TIER_OPTIONS}
          defaultValue={initial.tier}
          disabled={tierLocked}
          hint={tierLocked ? "Only a leader can change the tier." : "Sets the check-in cadence."}
        />
        <SelectField
          {...field("status")}
          label="Status"
          options={CLIENT_STATUS_OPTIONS}
          defaultValue={initial.status}
        />
        <TextField
          {...field("clientSince")}
          label="Client since (optional)"
          type="date"
          defaultValue={initial.clientSince}
        />
      </div>
    </FormShell>
  );
}
