"use client";

import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { addDevelopmentItem, recordAssessment, setDevelopmentItemStatus } from "@/lib/actions/people";
import { COMPETENCIES, COMPETENCY_LABEL } from "@/lib/domain/people/competencies";
import { DEVELOPMENT_STATUSES, PEOPLE_LIMITS } from "@/lib/domain/people/schemas";
import { ITEM_KIND_LABEL, ITEM_STATUS_LABEL } from "./labels";

const SCORES = ["1", "2", "3", "4", "5"].map((s) => ({ value: s, label: s }));

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
  const form = useActionForm({ success: "Assessment saved." });
  const field = fieldsOf(form, `assessment-${source}`);
  return (
    <FormShell
      form={form}
      label={source === "SELF" ? "Record your own view" : "Record the manager's view"}
      submitLabel={source === "SELF" ? "Save my view" : "Save manager's view"}
      onSubmit={(v) =>
        form.submit(() =>
          recordAssessment(slug, {
            membershipId,
            source,
            assessedOn: v.get("assessedOn"),
            scores: Object.fromEntries(COMPETENCIES.map((c) => [c, v.get(`score-${c}`)])),
            evidence: Object.fromEntries(COMPETENCIES.map((c) => [c, v.get(`evidence-${c}`)])),
          }),
        )
      }
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
  const form = useActionForm({ success: "Added to the plan." });
  const field = fieldsOf(form, "development-item");
  return (
    <FormShell
      form={form}
      label="Add a goal or training"
      submitLabel="Add to plan"
      onSubmit={(v) =>
        form.submit(
          () =>
            addDevelopmentItem(slug, {
              membershipId,
              kind: v.get("kind"),
              title: v.get("title"),
              competency: v.get("competency"),
              dueDate: v.get("dueDate"),
            }),
          () => form.formRef.current?.reset(),
        )
      }
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          {...field("kind")}
          label="Kind"
          defaultValue="GOAL"
          options={Object.entries(ITEM_KIND_LABEL).map(([value, label]) => ({ value, label }))}
        />
        <TextField {...field("title")} label="What" maxLength={PEOPLE_LIMITS.titleMax} />
        <SelectField
          {...field("competency")}
          label="Competency (optional)"
          placeholder="None"
          options={COMPETENCIES.map((c) => ({ value: c, label: COMPETENCY_LABEL[c] }))}
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
  const form = useActionForm();
  const field = fieldsOf(form, `item-${itemId}`);
  return (
    <FormShell
      form={form}
      label={`Status of ${title}`}
      submitLabel="Update"
      className="flex flex-wrap items-end gap-2"
      onSubmit={(v) => form.submit(() => setDevelopmentItemStatus(slug, { itemId, status: v.get("status") }))}
    >
      <SelectField
        {...field("status")}
        label={`Status of ${title}`}
        className="[&_label]:sr-only"
        defaultValue={status}
        options={DEVELOPMENT_STATUSES.map((s) => ({ value: s, label: ITEM_STATUS_LABEL[s] }))}
      />
    </FormShell>
  );
}
