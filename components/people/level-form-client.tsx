"use client";

import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { editLevel } from "@/lib/actions/people";
import { COMPETENCIES, COMPETENCY_LABEL } from "@/lib/domain/people/competencies";
import type { LadderLevel } from "@/lib/domain/people/queries";
import { PEOPLE_LIMITS } from "@/lib/domain/people/schemas";

const SCORES = ["1", "2", "3", "4", "5"].map((s) => ({ value: s, label: s }));

/** A leader edits one rung: name, summary and the minimum score per competency (its KPIs: level-kpis-form). */
export function LevelForm({ slug, level }: { slug: string; level: LadderLevel }) {
  const form = useActionForm({ success: "Level saved." });
  const field = fieldsOf(form, `level-${level.id}`);
  const expected = new Map(level.expectations.map((e) => [e.competency, e]));
  return (
    <FormShell
      form={form}
      label={`Edit ${level.name}`}
      submitLabel="Save level"
      onSubmit={(v) =>
        form.submit(() =>
          editLevel(slug, {
            levelId: level.id,
            expectedVersion: level.version,
            name: v.get("name"),
            summary: v.get("summary"),
            expectations: Object.fromEntries(
              COMPETENCIES.map((c) => [c, { minScore: v.get(`min-${c}`), description: v.get(`text-${c}`) }]),
            ),
          }),
        )
      }
    >
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
