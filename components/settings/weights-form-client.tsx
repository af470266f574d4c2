"use client";

import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { updateHealthWeights } from "@/lib/actions/settings";
import type { AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";
import {
  countBandChanges,
  HEALTH_WEIGHTS_TOTAL,
  healthWeightsFromAgency,
  type ComponentScores,
} from "@/lib/domain/agencies/settings-rules";
import { HEALTH_COMPONENT_LABEL, type HealthWeights } from "@/lib/domain/portfolio/health";
import { SettingsSection } from "./settings-section-client";
import { useSettingsForm } from "./use-settings-form";

const FIELDS = [
  { name: "healthWeightRecency", key: "recency" },
  { name: "healthWeightSentiment", key: "sentiment" },
  { name: "healthWeightDelivery", key: "delivery" },
  { name: "healthWeightKpi", key: "kpi" },
] as const;

type Props = { slug: string; settings: AgencySettingsRow; accounts: ComponentScores[] };

/** The four health weights, their total (must be 100) and, live, how many accounts would change health band. */
export function WeightsForm({ slug, settings, accounts }: Props) {
  const form = useSettingsForm(settings.settingsVersion);
  const saved = healthWeightsFromAgency(settings);
  const [draft, setDraft] = useState<Record<keyof HealthWeights, string>>(() => ({
    recency: String(saved.recency),
    sentiment: String(saved.sentiment),
    delivery: String(saved.delivery),
    kpi: String(saved.kpi),
  }));
  const numbers = Object.fromEntries(FIELDS.map((f) => [f.key, Number(draft[f.key])])) as HealthWeights;
  const valid = FIELDS.every((f) => Number.isInteger(numbers[f.key]) && numbers[f.key] >= 0);
  const total = valid ? FIELDS.reduce((sum, f) => sum + numbers[f.key], 0) : null;
  const preview = valid && total === HEALTH_WEIGHTS_TOTAL ? countBandChanges(accounts, saved, numbers) : null;
  function onSubmit(data: FormData) {
    const get = (name: string) => String(data.get(name) ?? "");
    form.save((expectedVersion) =>
      updateHealthWeights(slug, {
        expectedVersion,
        ...Object.fromEntries(FIELDS.map((f) => [f.name, get(f.name)])),
      }),
    );
  }
  return (
    <SettingsSection label="Health score weights" form={form} onSubmit={onSubmit} submitLabel="Save weights">
      <div className="grid gap-4 sm:grid-cols-4">
        {FIELDS.map((f) => (
          <TextField
            key={f.name}
            idPrefix="weights"
            name={f.name}
            label={HEALTH_COMPONENT_LABEL[f.key]}
            inputMode="numeric"
            value={draft[f.key]}
            onChange={(event) => setDraft({ ...draft, [f.key]: event.target.value })}
            errors={form.errors[f.name]}
          />
        ))}
      </div>
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="weights-preview">
        Total <strong className={total === HEALTH_WEIGHTS_TOTAL ? "" : "text-rose-700"}>{total ?? "—"}</strong> of{" "}
        {HEALTH_WEIGHTS_TOTAL}.{" "}
        {preview
          ? preview.changed === 0
            ? "No account changes health band."
            : `${preview.changed} of ${accounts.length} accounts change health band (${preview.better} up, ${preview.worse} down).`
          : `The weights must be whole numbers adding up to ${HEALTH_WEIGHTS_TOTAL}.`}
      </p>
      {form.errors.healthWeightTotal && (
        <p className="text-sm text-rose-700" id="weights-total-error">
          {form.errors.healthWeightTotal.join(" ")}
        </p>
      )}
    </SettingsSection>
  );
}
