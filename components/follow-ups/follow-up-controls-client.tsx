"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
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
  const done = () => setOpen(null);
  const options = { success: open === "close" ? "Follow-up closed." : "Follow-up reassigned.", onDone: done };
  const { field, shell } = useActionFormFields(`follow-up-${followUpId}`, options, (values) =>
    open === "close"
      ? closeFollowUp(slug, { followUpId, outcome: values.get("outcome") })
      : reassignFollowUp(slug, { followUpId, assigneeId: values.get("assigneeId") }),
  );
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
  const closing = open === "close";
  return (
    <FormShell
      {...shell}
      label={`${closing ? "Close" : "Reassign"} follow-up: ${title}`}
      submitLabel={closing ? "Close follow-up" : "Reassign"}
      onCancel={done}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3"
    >
      {closing ? (
        <TextAreaField
          {...field("outcome")}
          label="Outcome"
          hint="What was done or decided."
          rows={2}
          maxLength={FOLLOW_UP_LIMITS.noteMax}
        />
      ) : (
        <SelectField
          {...field("assigneeId")}
          label="New owner"
          defaultValue={assigneeId ?? ""}
          placeholder="Choose…"
          options={members.map((m) => ({ value: m.id, label: m.name }))}
        />
      )}
    </FormShell>
  );
}
