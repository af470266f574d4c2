"use client";

import { TextField } from "@/components/ui/field";
import { updateSignalThresholds } from "@/lib/actions/settings";
import type { AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";
import { DEFAULT_SIGNAL_RULES } from "@/lib/domain/portfolio/signal-types";
import { SettingsSection } from "./settings-section-client";
import { settingFieldsOf, submittedFields, useSettingsForm } from "./use-settings-form";

const FIELDS = [
  { name: "renewalWindowDays", label: "Renewal window (days)", hint: "Renewal at risk: renewal within this many days" },
  { name: "staleProjectDays", label: "Stale project (days)", hint: "Stale project: no status update for longer" },
  {
    name: "sentimentDropPoints",
    label: "Sentiment drop (points)",
    hint: "Last two check-ins this far below the three before",
  },
  {
    name: "relationshipMinContacts",
    label: "Relationship risk (contacts)",
    hint: "Tier 1–2 clients with fewer active contacts",
  },
] as const;

/** The thresholds of the signals a leader may tune; the rest of each rule stays as DESIGN.md describes it. */
export function ThresholdsForm({ slug, settings }: { slug: string; settings: AgencySettingsRow }) {
  const form = useSettingsForm(settings.settingsVersion);
  const bound = settingFieldsOf(form, "thresholds", settings);
  function onSubmit(data: FormData) {
    const thresholds = submittedFields(
      data,
      FIELDS.map((f) => f.name),
    );
    form.save((expectedVersion) => updateSignalThresholds(slug, { expectedVersion, ...thresholds }));
  }
  return (
    <SettingsSection label="Signal thresholds" form={form} onSubmit={onSubmit} submitLabel="Save thresholds">
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((field) => (
          <TextField
            key={field.name}
            {...bound(field.name)}
            label={field.label}
            inputMode={field.name === "sentimentDropPoints" ? "decimal" : "numeric"}
            hint={`${field.hint}. Default ${DEFAULT_SIGNAL_RULES[field.name]}.`}
          />
        ))}
      </div>
    </SettingsSection>
  );
}
