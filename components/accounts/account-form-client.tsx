"use client";

import {
  ACCOUNT_STATUS_LABEL,
  ACCOUNT_STATUS_OPTIONS,
  COMPLEXITY_OPTIONS,
  KIND_OPTIONS,
} from "@/components/clients/labels";
import { ConflictAlert } from "@/components/ui/conflict-alert";
import { DateField, TextField } from "@/components/ui/field";
import { FormShell, fieldsOf, type FormValues } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useVersionedValues } from "@/components/ui/use-versioned-values";
import { createAccount, editAccount } from "@/lib/actions/accounts";
import type { AccountConflict } from "@/lib/domain/accounts/conflict";
import type { AccountForEdit, Option } from "@/lib/domain/accounts/queries";
import { ACCOUNT_LIMITS } from "@/lib/domain/accounts/schemas";

type Values = Pick<
  AccountForEdit,
  "name" | "kind" | "monthlyValue" | "complexity" | "status" | "startDate" | "renewalDate"
>;

const NEW: Values = {
  name: "",
  kind: "RETAINER",
  monthlyValue: "",
  complexity: "STANDARD",
  status: "ACTIVE",
  startDate: new Date().toISOString().slice(0, 10),
  renewalDate: null,
};

const FIELDS = ["name", "kind", "monthlyValue", "complexity", "status", "startDate", "renewalDate"] as const;

function valuesOf(account: Values): Values {
  return Object.fromEntries(FIELDS.map((f) => [f, account[f]])) as Values;
}

/**
 * New account (client and owning AM chosen here; then to the account's page) or edit one. An edit carries the version
 * it was loaded with: if someone changed the account since, the server refuses with who, when and the current
 * values, and the form offers to start again from them; an untouched form follows a newer version (a reassignment
 * below it, someone else's edit). The owner is changed by reassignment, not here.
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
  const row = useVersionedValues(account ? valuesOf(account) : NEW, account?.version ?? 1);
  const form = useActionForm<{ accountId: string; version: number }, AccountConflict>({
    success: account ? "Account saved." : undefined,
    navigate: account ? undefined : (data) => `/${slug}/accounts/${data.accountId}`,
  });
  const field = fieldsOf(form, account ? `account-${account.id}` : "new-account", row.values);
  const { conflict } = form;

  function save(input: FormValues) {
    const fields = Object.fromEntries(FIELDS.map((f) => [f, input.get(f)])) as Record<(typeof FIELDS)[number], string>;
    if (!account) {
      form.submit(() => createAccount(slug, { clientId: input.get("clientId"), amId: input.get("amId"), ...fields }));
      return;
    }
    form.submit(
      () => editAccount(slug, { accountId: account.id, expectedVersion: row.version, ...fields }),
      (data) => row.saved({ ...fields, renewalDate: fields.renewalDate || null } as Values, data.version),
    );
  }

  const alert = (
    <ConflictAlert
      message={form.message}
      current={
        conflict &&
        `Now: ${conflict.name}, ${ACCOUNT_STATUS_LABEL[conflict.status]}, ${currency} ${conflict.monthlyValue} a month, AM ${conflict.amName}.`
      }
      onStartFromCurrent={() => {
        if (!conflict) return;
        row.replace(valuesOf(conflict), conflict.version);
        form.reset();
        form.refresh();
      }}
    />
  );
  return (
    <FormShell
      form={form}
      label={account ? "Edit account" : "New account"}
      onSubmit={save}
      submitLabel={account ? "Save account" : "Create account"}
      alert={alert}
    >
      {/* Remounting on a new version resets the fields to the values that version holds. */}
      <div key={row.version} className="grid gap-4 sm:grid-cols-2" onChange={row.touch}>
        {!account && (
          <>
            <SelectField
              {...field("clientId")}
              label="Client"
              placeholder="Choose a client…"
              options={clients.map((c) => ({ value: c.id, label: c.name }))}
              defaultValue={defaultClientId ?? ""}
            />
            <SelectField
              {...field("amId")}
              label="Account manager"
              placeholder="Choose an AM…"
              options={ams.map((m) => ({ value: m.id, label: m.name }))}
              defaultValue=""
            />
          </>
        )}
        <AccountFields values={row.values} currency={currency} field={field} />
      </div>
    </FormShell>
  );
}

function AccountFields({
  values,
  currency,
  field,
}: {
  values: Values;
  currency: string;
  field: ReturnType<typeof fieldsOf>;
}) {
  return (
    <>
      <TextField
        {...field("name")}
        label="Account name"
        hint="For example “Retainer: social” or “Website rebuild”."
        maxLength={ACCOUNT_LIMITS.nameMax}
      />
      <SelectField {...field("kind")} label="Kind" options={KIND_OPTIONS} />
      <TextField {...field("monthlyValue")} label={`Monthly value (${currency})`} inputMode="decimal" />
      <SelectField
        {...field("complexity")}
        label="Complexity"
        hint="Weighs toward the AM's load."
        options={COMPLEXITY_OPTIONS}
      />
      <SelectField {...field("status")} label="Status" options={ACCOUNT_STATUS_OPTIONS} />
      <DateField {...field("startDate")} label="Start date" hint="Leave blank if unknown." date={values.startDate} />
      <DateField {...field("renewalDate")} label="Renewal date (optional)" date={values.renewalDate} />
    </>
  );
}
