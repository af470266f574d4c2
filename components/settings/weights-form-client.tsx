"use client";

import { updateHealthWeights } from "@/lib/actions/settings";
import type { AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";
import { healthWeightsFromAgency, type ComponentTally } from "@/lib/domain/agencies/settings-rules";
import { SettingsSection } from "./settings-section-client";
import { useSettingsForm } from "./use-settings-form";
import { WEIGHT_FIELDS, WeightFields } from "./weight-fields-client";

type Props = { slug: string; settings: AgencySettingsRow; accounts: ComponentTally[] };

/** The four health weights (must add up to 100), with a live preview of the accounts that would change band. */
export function WeightsForm({ slug, settings, accounts }: Props) {
  const form = useSettingsForm(settings.settingsVersion, (expectedVersion, values) =>
    updateHealthWeights(slug, { expectedVersion, ...values.pick(...WEIGHT_FIELDS.map((f) => f.name)) }),
  );
  return (
    <SettingsSection label="Health score weights" form={form} submitLabel="Save weights">
      <WeightFields saved={healthWeightsFromAgency(settings)} accounts={accounts} errors={form.errors} />
    </SettingsSection>
  );
}
