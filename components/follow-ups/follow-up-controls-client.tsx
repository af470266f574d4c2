"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { closeFollowUp, reassignFollowUp } from "@/lib/actions/follow-ups";
import { FOLLOW_UP_LIMITS } from "@/lib/domain/follow-ups/schemas";

export type MemberOption = { id: string; name: string };

/** "Close" (with an outcome note) and "Reassign" for one open follow-up; each opens a small form in place. */
export function FollowUpControls({
  slug,
  followUpId,
  title,
  assigneeId,
  members,
}: {
  slug: string;
  followUpId: string;
  title: string;
  assigneeId: string | null;
  members: MemberOption[];
}) {
  const [open, setOpen] = useState<"close" | "reassign" | null>(null);
  const form = useActionForm({ success: open === "close" ? "Follow-up closed." : "Follow-up reassigned." });
  const field = fieldsOf(form, `follow-up-${followUpId}`);
  if (open === null) {
    return (
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => setOpen("close")} aria-label={`Close follow-up: ${title}`}>
          Close…
        </Button>
        {members.length > 0 && (
          <Button variant="ghost" onClick={() => setOpen("reassign")} aria-label={`Reassign follow-up: ${title}`}>
            Reassign…
          </Button>
        )}
      </div>
    );
  }
  const done = () => setOpen(null);
  if (open === "close") {
    return (
      <FormShell
        form={form}
        label={`Close follow-up: ${title}`}
        submitLabel="Close follow-up"
        onCancel={done}
        className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
        onSubmit={(values) =>
          form.submit(() => closeFollowUp(slug, { followUpId, outcome: values.get("outcome") }), done)
        }
      >
        <TextAreaField
          {...field("outcome")}
          label="Outcome"
          hint="What was done or decided."
          rows={2}
          maxLength={FOLLOW_UP_LIMITS.noteMax}
        />
      </FormShell>
    );
  }
  return (
    <FormShell
      form={form}
      label={`Reassign follow-up: ${title}`}
      submitLabel="Reassign"
      onCancel={done}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
      onSubmit={(values) =>
        form.submit(() => reassignFollowUp(slug, { followUpId, assigneeId: values.get("assigneeId") }), done)
      }
    >
      <SelectField
        {...field("assigneeId")}
        label="New owner"
        defaultValue={assigneeId ?? ""}
        placeholder="Choose…"
        options={members.map((m) => ({ value: m.id, label: m.name }))}
      />
    </FormShell>
  );
}
