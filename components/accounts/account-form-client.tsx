"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import {
  ACCOUNT_STATUS_LABEL,
  ACCOUNT_STATUS_OPTIONS,
  COMPLEXITY_OPTIONS,
  KIND_OPTIONS,
} from "@/components/clients/labels";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { createAccount, editAccount } from "@/lib/actions/accounts";
import type { FieldErrors } from "@/lib/actions/result";
import type { AccountConflict } from "@/lib/domain/accounts/conflict";
import type { AccountForEdit, Option } from "@/lib/domain/accounts/queries";
import { ACCOUNT_LIMITS } from "@/lib/domain/accounts/schemas";

type Values = Pick<
  AccountForEdit,
  "name" | "kind" | "monthlyValue" | "complexity" | "status" | "startDate" | "renewalDate" | "version"
>;

const NEW: Values = {
  name: "",
  kind: "RETAINER",
  monthlyValue: "",
  complexity: "STANDARD",
  status: "ACTIVE",
  startDate: new Date().toISOString().slice(0, 10),
  renewalDate: null,
  version: 1,
};

/**
 * New account (client and owning AM chosen here; then to the account's page) or edit one. An edit carries the version
 * it was loaded with: if someone changed the account since, the server refuses with who, when and the current
 * values, and the form offers to start again from them. The owner is changed by reassignment, not here.
 */
export function AccountForm({
  slug,
  currency,
  account,
  clients = [],
  ams = [],
  defaultClientId,
}: {
  slug: string;
  currency: string;
  account?: AccountForEdit;
  clients?: Option[];
  ams?: Option[];
  defaultClientId?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState<Values>(account ?? NEW);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<AccountConflict | null>(null);
  const [saved, setSaved] = useState(false);
  const idPrefix = account ? `account-${account.id}` : "new-account";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const get = (name: string) => String(form.get(name) ?? "");
    const fields = {
      name: get("name"),
      kind: get("kind"),
      monthlyValue: get("monthlyValue"),
      complexity: get("complexity"),
      status: get("status"),
      startDate: get("startDate"),
      renewalDate: get("renewalDate"),
    };
    setSaved(false);
    startTransition(async () => {
      const result = account
        ? await editAccount(slug, { accountId: account.id, expectedVersion: values.version, ...fields })
        : await createAccount(slug, { clientId: get("clientId"), amId: get("amId"), ...fields });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
        setConflict(result.code === "conflict" ? (result.current as AccountConflict) : null);
        return;
      }
      setErrors({});
      setMessage(null);
      setConflict(null);
      if (account) {
        setValues({
          ...values,
          ...fields,
          renewalDate: fields.renewalDate || null,
          version: result.data.version,
        } as Values);
        setSaved(true);
        router.refresh();
      } else {
        router.push(`/${slug}/accounts/${result.data.accountId}`);
      }
    });
  }

  function startFromCurrent() {
    if (!conflict) return;
    setValues(conflict);
    setConflict(null);
    setMessage(null);
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={account ? "Edit account" : "New account"}>
      {message && (
        <Alert>
          <p className="font-medium">{message}</p>
          {conflict && (
            <div className="mt-2 text-rose-900">
              <p>
                Now: {conflict.name}, {ACCOUNT_STATUS_LABEL[conflict.status]}, {currency} {conflict.monthlyValue} a
                month, AM {conflict.amName}.
              </p>
              <Button variant="secondary" className="mt-2" onClick={startFromCurrent}>
                Start from the current values
              </Button>
            </div>
          )}
        </Alert>
      )}
      {saved && <Alert tone="success">Account saved.</Alert>}
      {/* Remounting on a new version resets the fields to the values that version holds. */}
      <div key={values.version} className="grid gap-4 sm:grid-cols-2">
        {!account && (
          <>
            <SelectField
              idPrefix={idPrefix}
              name="clientId"
              label="Client"
              placeholder="Choose a client…"
              options={clients.map((c) => ({ value: c.id, label: c.name }))}
              defaultValue={defaultClientId ?? ""}
              errors={errors.clientId}
            />
            <SelectField
              idPrefix={idPrefix}
              name="amId"
              label="Account manager"
              placeholder="Choose an AM…"
              options={ams.map((m) => ({ value: m.id, label: m.name }))}
              defaultValue=""
              errors={errors.amId}
            />
          </>
        )}
        <TextField
          idPrefix={idPrefix}
          name="name"
          label="Account name"
          hint="For example “Retainer: social” or “Website rebuild”."
          defaultValue={values.name}
          maxLength={ACCOUNT_LIMITS.nameMax}
          errors={errors.name}
        />
        <SelectField
          idPrefix={idPrefix}
          name="kind"
          label="Kind"
          options={KIND_OPTIONS}
          defaultValue={values.kind}
          errors={errors.kind}
        />
        <TextField
          idPrefix={idPrefix}
          name="monthlyValue"
          label={`Monthly value (${currency})`}
          inputMode="decimal"
          defaultValue={values.monthlyValue}
          errors={errors.monthlyValue}
        />
        <SelectField
          idPrefix={idPrefix}
          name="complexity"
          label="Complexity"
          hint="Weighs toward the AM's load."
          options={COMPLEXITY_OPTIONS}
          defaultValue={values.complexity}
          errors={errors.complexity}
        />
        <SelectField
          idPrefix={idPrefix}
          name="status"
          label="Status"
          options={ACCOUNT_STATUS_OPTIONS}
          defaultValue={values.status}
          errors={errors.status}
        />
        <TextField
          idPrefix={idPrefix}
          name="startDate"
          label="Start date"
          type="date"
          defaultValue={values.startDate}
          errors={errors.startDate}
        />
        <TextField
          idPrefix={idPrefix}
          name="renewalDate"
          label="Renewal date (optional)"
          type="date"
          defaultValue={values.renewalDate ?? ""}
          errors={errors.renewalDate}
        />
      </div>
      <Button type="submit" pending={pending}>
        {pending ? "Saving…" : account ? "Save account" : "Create account"}
      </Button>
    </form>
  );
}
