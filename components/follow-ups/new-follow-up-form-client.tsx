"use client";

import { useState } from "react";
import { ActionFormOf } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
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
  const form = useActionForm({ success: "Follow-up added." });
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
    <ActionFormOf
      form={form}
      idPrefix="new-follow-up"
      label="New follow-up"
      submitLabel="Add follow-up"
      onCancel={() => setOpen(false)}
      onDone={() => setOpen(false)}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      action={(values) =>
        createFollowUp(slug, { accountId, ...values.pick("title", "dueDate", "reason", "assigneeId") })
      }
    >
      {(field) => (
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
      )}
    </ActionFormOf>
  );
}
