"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { createClient, editClient } from "@/lib/actions/clients";
import type { FieldErrors } from "@/lib/actions/result";
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
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const initial = client ?? EMPTY;
  const idPrefix = client?.id ? `client-${client.id}` : "new-client";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = {
      name: String(form.get("name") ?? ""),
      industry: String(form.get("industry") ?? ""),
      tier: tierLocked ? initial.tier : String(form.get("tier") ?? ""),
      status: String(form.get("status") ?? ""),
      clientSince: String(form.get("clientSince") ?? ""),
    };
    setSaved(false);
    startTransition(async () => {
      const result = client?.id
        ? await editClient(slug, { clientId: client.id, ...values })
        : await createClient(slug, values);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
        return;
      }
      setErrors({});
      setMessage(null);
      if (client?.id) {
        setSaved(true);
        router.refresh();
      } else {
        router.push(`/${slug}/clients/${result.data.clientId}`);
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={client?.id ? "Edit client" : "New client"}>
      {message && <Alert>{message}</Alert>}
      {saved && <Alert tone="success">Client saved.</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          idPrefix={idPrefix}
          name="name"
          label="Name"
          defaultValue={initial.name}
          maxLength={CLIENT_LIMITS.nameMax}
          required
          errors={errors.name}
        />
        <TextField
          idPrefix={idPrefix}
          name="industry"
          label="Industry (optional)"
          defaultValue={initial.industry}
          maxLength={CLIENT_LIMITS.industryMax}
          errors={errors.industry}
        />
        <SelectField
          idPrefix={idPrefix}
          name="tier"
          label="Tier"
          options={TIER_OPTIONS}
          defaultValue={initial.tier}
          disabled={tierLocked}
          hint={tierLocked ? "Only a leader can change the tier." : "Sets the check-in cadence."}
          errors={errors.tier}
        />
        <SelectField
          idPrefix={idPrefix}
          name="status"
          label="Status"
          options={CLIENT_STATUS_OPTIONS}
          defaultValue={initial.status}
          errors={errors.status}
        />
        <TextField
          idPrefix={idPrefix}
          name="clientSince"
          label="Client since (optional)"
          type="date"
          defaultValue={initial.clientSince}
          errors={errors.clientSince}
        />
      </div>
      <Button type="submit" pending={pending}>
        {pending ? "Saving…" : client?.id ? "Save client" : "Create client"}
      </Button>
    </form>
  );
}
