"use client";

import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/textarea-field";
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
  const frame = {
    idPrefix: `follow-up-${followUpId}`,
    onCancel: done,
    onDone: done,
    className: "space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3",
  };
  if (open === "close") {
    return (
      <ActionForm
        {...frame}
        label={`Close follow-up: ${title}`}
        submitLabel="Close follow-up"
        success="Follow-up closed."
        action={(values) => closeFollowUp(slug, { followUpId, outcome: values.get("outcome") })}
      >
        {(field) => (
          <TextAreaField
            {...field("outcome")}
            label="Outcome"
            hint="What was done or decided."
            rows={2}
            maxLength={FOLLOW_UP_LIMITS.noteMax}
          />
        )}
      </ActionForm>
    );
  }
  return (
    <ActionForm
      {...frame}
      label={`Reassign follow-up: ${title}`}
      submitLabel="Reassign"
      success="Follow-up reassigned."
      action={(values) => reassignFollowUp(slug, { followUpId, assigneeId: values.get("assigneeId") })}
    >
      {(field) => (
        <SelectField
          {...field("assigneeId")}
          label="New owner"
          defaultValue={assigneeId ?? ""}
          placeholder="Choose…"
          options={members.map((m) => ({ value: m.id, label: m.name }))}
        />
      )}
    </ActionForm>
  );
}
