"use client";

import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { addDevelopmentItem, recordAssessment, setDevelopmentItemStatus } from "@/lib/actions/people";
import { COMPETENCIES, COMPETENCY_LABEL } from "@/lib/domain/people/competencies";
import { DEVELOPMENT_STATUSES, PEOPLE_LIMITS } from "@/lib/domain/people/schemas";
import { ITEM_KIND_LABEL, ITEM_STATUS_LABEL } from "./labels";

const SCORES = ["1", "2", "3", "4", "5"].map((s) => ({ value: s, label: s }));
const KINDS = Object.entries(ITEM_KIND_LABEL).map(([value, label]) => ({ value, label }));
const COMPETENCY_OPTIONS = COMPETENCIES.map((c) => ({ value: c, label: COMPETENCY_LABEL[c] }));
const STATUSES = DEVELOPMENT_STATUSES.map((s) => ({ value: s, label: ITEM_STATUS_LABEL[s] }));

/** Each competency's submitted value of one kind ("score-…", "evidence-…"). */
const byCompetency = (read: (c: string) => string) => Object.fromEntries(COMPETENCIES.map((c) => [c, read(c)]));

/** One assessment round: a score and evidence per competency; "whose view" is fixed by who is asking. */
export function AssessmentForm({
  slug,
  membershipId,
  source,
  today,
}: {
  slug: string;
  membershipId: string;
  source: "SELF" | "MANAGER";
  today: string;
}) {
  const { form, field, shell } = useActionFormFields(`assessment-${source}`, { success: "Assessment saved." }, (v) =>
    recordAssessment(slug, {
      membershipId,
      source,
      assessedOn: v.get("assessedOn"),
      scores: byCompetency((c) => v.get(`score-${c}`)),
      evidence: byCompetency((c) => v.get(`evidence-${c}`)),
    }),
  );
  return (
    <FormShell
      {...shell}
      label={source === "SELF" ? "Record your own view" : "Record the manager's view"}
      submitLabel={source === "SELF" ? "Save my view" : "Save manager's view"}
    >
      <TextField {...field("assessedOn")} label="Assessed on" type="date" defaultValue={today} />
      {form.errors.scores && <p className="text-sm text-rose-700">{form.errors.scores.join(" ")}</p>}
      <div className="grid gap-4 md:grid-cols-2">
        {COMPETENCIES.map((c) => (
          <fieldset key={c} className="space-y-2 rounded-lg border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium text-slate-800">{COMPETENCY_LABEL[c]}</legend>
            <SelectField {...field(`score-${c}`)} label="Score (1–5)" placeholder="Not scored" options={SCORES} />
            <TextAreaField
              {...field(`evidence-${c}`)}
              label="Evidence (optional)"
              rows={2}
              maxLength={PEOPLE_LIMITS.evidenceMax}
            />
          </fieldset>
        ))}
      </div>
    </FormShell>
  );
}

export function DevelopmentItemForm({ slug, membershipId }: { slug: string; membershipId: string }) {
  const options = { success: "Added to the plan.", resetOnDone: true };
  const { field, shell } = useActionFormFields("development-item", options, (v) =>
    addDevelopmentItem(slug, { membershipId, ...v.pick("kind", "title", "competency", "dueDate") }),
  );
  return (
    <FormShell {...shell} label="Add a goal or training" submitLabel="Add to plan">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField {...field("kind")} label="Kind" defaultValue="GOAL" options={KINDS} />
        <TextField {...field("title")} label="What" maxLength={PEOPLE_LIMITS.titleMax} />
        <SelectField
          {...field("competency")}
          label="Competency (optional)"
          placeholder="None"
          options={COMPETENCY_OPTIONS}
        />
        <TextField {...field("dueDate")} label="Due (optional)" type="date" />
      </div>
    </FormShell>
  );
}

export function ItemStatusForm({
  slug,
  itemId,
  status,
  title,
}: {
  slug: string;
  itemId: string;
  status: string;
  title: string;
}) {
  const { field, shell } = useActionFormFields(`item-${itemId}`, {}, (v) =>
    setDevelopmentItemStatus(slug, { itemId, status: v.get("status") }),
  );
  const label = `Status of ${title}`;
  return (
    <FormShell {...shell} label={label} submitLabel="Update" className="flex flex-wrap items-end gap-2">
      <SelectField
        {...field("status")}
        label={label}
        className="[&_label]:sr-only"
        defaultValue={status}
        options={STATUSES}
      />
    </FormShell>
  );
}
