"use client";

import { FieldError } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import { setLevelKpis } from "@/lib/actions/people";
import type { KpiDefinition } from "@/lib/domain/people/level-kpis";
import { trackedBy } from "./labels";

type Props = { slug: string; levelId: string; levelName: string; linked: string[]; definitions: KpiDefinition[] };

/** A leader ticks the agency's KPI definitions that go with a level; only defined KPIs can be chosen. */
export function LevelKpisForm({ slug, levelId, levelName, linked, definitions }: Props) {
  const form = useActionForm({ success: "KPIs linked." });
  const errorId = `kpis-${levelId}-error`;
  const chosen = new Set(linked);
  return (
    <FormShell
      form={form}
      label={`KPIs of ${levelName}`}
      submitLabel="Save KPIs"
      onSubmit={(v) => form.submit(() => setLevelKpis(slug, { levelId, kpiNames: v.getAll("kpiNames") }))}
    >
      <fieldset aria-describedby={form.errors.kpiNames?.length ? errorId : undefined}>
        <legend className="text-sm font-medium text-slate-800">KPIs for this level</legend>
        {definitions.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">
            No KPIs are defined yet: add them on a member&apos;s page first.
          </p>
        ) : (
          <div className="mt-2 grid gap-1.5 sm:grid-cols-2">
            {definitions.map((d, i) => {
              const id = `kpis-${levelId}-${i}`;
              return (
                <div key={d.name} className="flex items-start gap-2">
                  <input
                    id={id}
                    type="checkbox"
                    name="kpiNames"
                    value={d.name}
                    defaultChecked={chosen.has(d.name)}
                    className="mt-0.5 size-4 rounded border-slate-300 accent-indigo-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                  />
                  <label htmlFor={id} className="text-sm text-slate-800">
                    {d.name}
                    <span className="block text-xs text-slate-600">{trackedBy(d)}</span>
                  </label>
                </div>
              );
            })}
          </div>
        )}
        <FieldError id={errorId} errors={form.errors.kpiNames} />
      </fieldset>
    </FormShell>
  );
}
