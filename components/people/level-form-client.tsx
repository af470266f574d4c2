"use client";

import { FormShell } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { editLevel } from "@/lib/actions/people";
import { COMPETENCIES, COMPETENCY_LABEL } from "@/lib/domain/people/competencies";
import type { LadderLevel } from "@/lib/domain/people/queries";
import { PEOPLE_LIMITS } from "@/lib/domain/people/schemas";

const SCORES = ["1", "2", "3", "4", "5"].map((s) => ({ value: s, label: s }));

/** A leader edits one rung: name, summary and the minimum score per competency (its KPIs: level-kpis-form). */
export function LevelForm({ slug, level }: { slug: string; level: LadderLevel }) {
  const { form, field, shell } = useActionFormFields(`level-${level.id}`, { success: "Level saved." }, (v) =>
    editLevel(slug, {
      levelId: level.id,
      expectedVersion: level.version,
      ...v.pick("name", "summary"),
      expectations: Object.fromEntries(
        COMPETENCIES.map((c) => [c, { minScore: v.get(`min-${c}`), description: v.get(`text-${c}`) }]),
      ),
    }),
  );
  const expected = new Map(level.expectations.map((e) => [e.competency, e]));
  return (
    <FormShell {...shell} label={`Edit ${level.name}`} submitLabel="Save level">
      <TextField {...field("name")} label="Name" defaultValue={level.name} maxLength={PEOPLE_LIMITS.levelNameMax} />
      <TextField
        {...field("summary")}
        label="Summary"
        defaultValue={level.summary}
        maxLength={PEOPLE_LIMITS.summaryMax}
      />
      {form.errors.expectations && <p className="text-sm text-rose-700">{form.errors.expectations.join(" ")}</p>}
      <div className="grid gap-3 md:grid-cols-2">
        {COMPETENCIES.map((c) => (
          <fieldset key={c} className="grid grid-cols-[6rem_1fr] gap-2 rounded-lg border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium text-slate-800">{COMPETENCY_LABEL[c]}</legend>
            <SelectField
              {...field(`min-${c}`)}
              label="Minimum"
              defaultValue={String(expected.get(c)?.minScore ?? 1)}
              options={SCORES}
            />
            <TextField
              {...field(`text-${c}`)}
              label="What it looks like"
              defaultValue={expected.get(c)?.description ?? ""}
              maxLength={PEOPLE_LIMITS.expectationMax}
            />
          </fieldset>
        ))}
      </div>
    </FormShell>
  );
}
