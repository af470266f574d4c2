"use client";

import { updateCheckInCadence } from "@/lib/actions/settings";
import type { AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";
import { DEFAULT_CHECK_IN_CADENCE_DAYS as DEFAULT } from "@/lib/domain/portfolio/cadence";
import { NumberSettingsForm, type NumberSection } from "./number-settings-form-client";

const CADENCE: NumberSection = {
  label: "Check-in cadence",
  noun: "cadence",
  columns: 3,
  action: updateCheckInCadence,
  fields: [
    { name: "cadenceTier1Days", label: "Tier 1 (days)", hint: `Default ${DEFAULT.TIER_1}` },
    { name: "cadenceTier2Days", label: "Tier 2 (days)", hint: `Default ${DEFAULT.TIER_2}` },
    { name: "cadenceTier3Days", label: "Tier 3 (days)", hint: `Default ${DEFAULT.TIER_3}` },
  ],
};

/** Days between check-ins per client tier: drives "overdue", the recency part of health, and next-due defaults. */
export function CadenceForm(props: { slug: string; settings: AgencySettingsRow }) {
  return <NumberSettingsForm {...props} section={CADENCE} />;
}
