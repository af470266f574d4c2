"use client";

import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { reassignAccount } from "@/lib/actions/accounts";
import type { Option } from "@/lib/domain/accounts/queries";

/** Leaders hand an account to another AM; the move is audited with the AM before and after. */
export function ReassignForm({
  slug,
  account,
  ams,
}: {
  slug: string;
  account: { id: string; version: number; am: Option };
  ams: Option[];
}) {
  const form = useActionForm<{ amId: string }>({
    success: ({ amId }) => `Reassigned to ${ams.find((m) => m.id === amId)?.name ?? "the new AM"}.`,
  });
  const others = ams.filter((m) => m.id !== account.am.id);

  if (others.length === 0) return <p className="text-sm text-slate-600">There is no other active AM to hand it to.</p>;
  return (
    <FormShell
      form={form}
      label="Reassign account"
      className="space-y-3"
      submitLabel="Reassign"
      pendingLabel="Reassigning…"
      onSubmit={(values) =>
        form.submit(() =>
          reassignAccount(slug, { accountId: account.id, expectedVersion: account.version, amId: values.get("amId") }),
        )
      }
    >
      <p className="text-sm text-slate-700">Currently managed by {account.am.name}.</p>
      <SelectField
        {...fieldsOf(form, "reassign")("amId")}
        label="New account manager"
        placeholder="Choose an AM…"
        options={others.map((m) => ({ value: m.id, label: m.name }))}
        defaultValue=""
      />
    </FormShell>
  );
}
