"use client";

import { TextField } from "@/components/ui/field";
import { updateCheckInCadence } from "@/lib/actions/settings";
import type { AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";
import { DEFAULT_CHECK_IN_CADENCE_DAYS } from "@/lib/domain/portfolio/cadence";
import { SettingsSection } from "./settings-section-client";
import { settingFieldsOf, submittedFields, useSettingsForm } from "./use-settings-form";

const TIERS = [
  { name: "cadenceTier1Days", label: "Tier 1", key: "TIER_1" },
  { name: "cadenceTier2Days", label: "Tier 2", key: "TIER_2" },
  { name: "cadenceTier3Days", label: "Tier 3", key: "TIER_3" },
] as const;

/** Days between check-ins per client tier: drives "overdue", the recency part of health, and next-due defaults. */
export function CadenceForm({ slug, settings }: { slug: string; settings: AgencySettingsRow }) {
  const form = useSettingsForm(settings.settingsVersion);
  const field = settingFieldsOf(form, "cadence", settings);
  function onSubmit(data: FormData) {
    const days = submittedFields(data, ["cadenceTier1Days", "cadenceTier2Days", "cadenceTier3Days"]);
    form.save((expectedVersion) => updateCheckInCadence(slug, { expectedVersion, ...days }));
  }
  return (
    <SettingsSection label="Check-in cadence" form={form} onSubmit={onSubmit} submitLabel="Save cadence">
      <div className="grid max-w-xl gap-4 sm:grid-cols-3">
        {TIERS.map((tier) => (
          <TextField
            key={tier.name}
            {...field(tier.name)}
            label={`${tier.label} (days)`}
            inputMode="numeric"
            hint={`Default ${DEFAULT_CHECK_IN_CADENCE_DAYS[tier.key]}`}
          />
        ))}
      </div>
    </SettingsSection>
  );
}
