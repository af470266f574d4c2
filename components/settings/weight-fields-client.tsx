"use client";

import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { countBandChanges, HEALTH_WEIGHTS_TOTAL, type ComponentTally } from "@/lib/domain/agencies/settings-rules";
import { HEALTH_COMPONENT_LABEL, type HealthWeights } from "@/lib/domain/portfolio/health";

export const WEIGHT_FIELDS = [
  { name: "healthWeightRecency", key: "recency" },
  { name: "healthWeightSentiment", key: "sentiment" },
  { name: "healthWeightDelivery", key: "delivery" },
  { name: "healthWeightKpi", key: "kpi" },
] as const;

type Props = { saved: HealthWeights; accounts: ComponentTally[]; errors: Record<string, string[]> };

/**
 * The four weights with, live, their total and how many accounts would change health band. Mounted inside the
 * section's keyed block, so it starts again from the saved weights whenever the page brings a newer version.
 */
export function WeightFields({ saved, accounts, errors }: Props) {
  const [draft, setDraft] = useState<Record<keyof HealthWeights, string>>(() => ({
    recency: String(saved.recency),
    sentiment: String(saved.sentiment),
    delivery: String(saved.delivery),
    kpi: String(saved.kpi),
  }));
  const numbers = Object.fromEntries(WEIGHT_FIELDS.map((f) => [f.key, Number(draft[f.key])])) as HealthWeights;
  const valid = WEIGHT_FIELDS.every((f) => Number.isInteger(numbers[f.key]) && numbers[f.key] >= 0);
  const total = valid ? WEIGHT_FIELDS.reduce((sum, f) => sum + numbers[f.key], 0) : null;
  const preview = valid && total === HEALTH_WEIGHTS_TOTAL ? countBandChanges(accounts, saved, numbers) : null;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        {WEIGHT_FIELDS.map((f) => (
          <TextField
            key={f.name}
            idPrefix="weights"
            name={f.name}
            label={HEALTH_COMPONENT_LABEL[f.key]}
            inputMode="numeric"
            value={draft[f.key]}
            onChange={(event) => setDraft({ ...draft, [f.key]: event.target.value })}
            errors={errors[f.name]}
          />
        ))}
      </div>
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="weights-preview">
        Total <strong className={total === HEALTH_WEIGHTS_TOTAL ? "" : "text-rose-700"}>{total ?? "—"}</strong> of{" "}
        {HEALTH_WEIGHTS_TOTAL}.{" "}
        {preview
          ? preview.changed === 0
            ? "No account changes health band."
            : `${preview.changed} of ${preview.accounts} accounts change health band (${preview.better} up, ${preview.worse} down).`
          : `The weights must be whole numbers adding up to ${HEALTH_WEIGHTS_TOTAL}.`}
      </p>
      {errors.healthWeightTotal && <p className="text-sm text-rose-700">{errors.healthWeightTotal.join(" ")}</p>}
    </>
  );
}
