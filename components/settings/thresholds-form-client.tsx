"use client";

import { updateSignalThresholds } from "@/lib/actions/settings";
import type { AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";
import { DEFAULT_SIGNAL_RULES as DEFAULT } from "@/lib/domain/portfolio/signal-types";
import { NumberSettingsForm, type NumberSection } from "./number-settings-form-client";

const THRESHOLDS: NumberSection = {
  label: "Signal thresholds",
  noun: "thresholds",
  columns: 2,
  action: updateSignalThresholds,
  fields: [
    {
      name: "renewalWindowDays",
      label: "Renewal window (days)",
      hint: `Renewal at risk: renewal within this many days. Default ${DEFAULT.renewalWindowDays}.`,
    },
    {
      name: "staleProjectDays",
      label: "Stale project (days)",
      hint: `Stale project: no status update for longer. Default ${DEFAULT.staleProjectDays}.`,
    },
    {
      name: "sentimentDropPoints",
      label: "Sentiment drop (points)",
      hint: `Last two check-ins this far below the three before. Default ${DEFAULT.sentimentDropPoints}.`,
      decimal: true,
    },
    {
      name: "relationshipMinContacts",
      label: "Relationship risk (contacts)",
      hint: `Tier 1–2 clients with fewer active contacts. Default ${DEFAULT.relationshipMinContacts}.`,
    },
  ],
};

/** The thresholds of the signals a leader may tune; the rest of each rule stays as DESIGN.md describes it. */
export function ThresholdsForm(props: { slug: string; settings: AgencySettingsRow }) {
  return <NumberSettingsForm {...props} section={THRESHOLDS} />;
}
