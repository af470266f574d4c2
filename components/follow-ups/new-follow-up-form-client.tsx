"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { createFollowUp } from "@/lib/actions/follow-ups";
import { FOLLOW_UP_LIMITS } from "@/lib/domain/follow-ups/schemas";
import type { MemberOption } from "./follow-up-controls-client";

/** A manual follow-up on an account: what, by when, and for whom (the account's AM unless chosen). */
export function NewFollowUpForm({
  slug,
  accountId,
  members,
  defaultDue,
}: {
  slug: string;
  accountId: string;
  members: MemberOption[];
  defaultDue: string;
}) {
  const [open, setOpen] = useState(false);
  const options = { success: "Follow-up added.", onDone: () => setOpen(false) };
  const { form, field, shell } = useActionFormFields("new-follow-up", options, (values) =>
    createFollowUp(slug, { accountId, ...values.pick("title", "dueDate", "reason", "assigneeId") }),
  );
  if (!open) {
    return (
      <div className="space-y-2">
        {form.success && <p className="text-sm text-emerald-700">{form.success}</p>}
        <Button variant="secondary" onClick={() => setOpen(true)}>
          Add follow-up
        </Button>
      </div>
    );
  }
  return (
    <FormShell
      {...shell}
      label="New follow-up"
      submitLabel="Add follow-up"
      onCancel={() => setOpen(false)}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField {...field("title")} label="What needs doing" maxLength={FOLLOW_UP_LIMITS.titleMax} />
        <TextField {...field("dueDate")} label="Due" type="date" defaultValue={defaultDue} />
        <SelectField
          {...field("assigneeId")}
          label="Owner"
          placeholder="The account's AM"
          options={members.map((m) => ({ value: m.id, label: m.name }))}
        />
        <TextField {...field("reason")} label="Note (optional)" maxLength={FOLLOW_UP_LIMITS.noteMax} />
      </div>
    </FormShell>
  );
}
