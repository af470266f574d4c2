"use client";

import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { TextAreaField } from "@/components/ui/textarea-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { recordOneOnOne } from "@/lib/actions/people";
import { PEOPLE_LIMITS } from "@/lib/domain/people/schemas";

const ACTIONS_HINT = "One action a line; each is tracked to done.";
const FIELDS = ["heldOn", "topics", "coachingNotes", "questions", "actions", "actionsDueDate"] as const;

/** The manager side records a 1:1: date, topics, coaching notes, questions raised and agreed actions (one a line). */
export function OneOnOneForm({ slug, amId, today }: { slug: string; amId: string; today: string }) {
  const options = { success: "1:1 recorded.", resetOnDone: true };
  const { field, shell } = useActionFormFields("one-on-one", options, (v) =>
    recordOneOnOne(slug, { amId, ...v.pick(...FIELDS) }),
  );
  const notes = (name: string, rows: number, maxLength?: number) => ({ ...field(name), rows, maxLength });
  return (
    <FormShell {...shell} label="Record a 1:1" submitLabel="Record 1:1">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("heldOn")} label="Held on" type="date" defaultValue={today} />
        <TextField {...field("actionsDueDate")} label="Actions due (optional)" type="date" />
      </div>
      <TextAreaField {...field("topics")} label="Topics" rows={2} maxLength={PEOPLE_LIMITS.topicsMax} />
      <TextAreaField {...notes("coachingNotes", 3, PEOPLE_LIMITS.notesMax)} label="Coaching notes (optional)" />
      <TextAreaField {...notes("questions", 2, PEOPLE_LIMITS.questionsMax)} label="Questions raised (optional)" />
      <TextAreaField {...notes("actions", 3)} label="Agreed actions (optional)" hint={ACTIONS_HINT} />
    </FormShell>
  );
}
