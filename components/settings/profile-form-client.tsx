"use client";

import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { updateAgencyProfile } from "@/lib/actions/settings";
import type { AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";
import { CURRENCIES } from "@/lib/domain/agencies/settings-schemas";
import { guidelineFor } from "@/lib/domain/portfolio/guideline";
import { EmployeeCountField } from "./employee-count-field-client";
import { SettingsSection } from "./settings-section-client";
import { settingFieldsOf, useSettingsForm } from "./use-settings-form";

const WEEK_START_OPTIONS = [
  { value: "MONDAY", label: "Monday" },
  { value: "SUNDAY", label: "Sunday" },
  { value: "SATURDAY", label: "Saturday" },
];

type Props = { slug: string; settings: AgencySettingsRow; amWeightedLoads: number[]; timeZones: string[] };

/** Name, size, currency, time zone and week start: the agency's profile. Saving it also confirms the size. */
export function ProfileForm({ slug, settings, amWeightedLoads, timeZones }: Props) {
  const form = useSettingsForm(settings.settingsVersion, (expectedVersion, values) =>
    updateAgencyProfile(slug, {
      expectedVersion,
      ...values.pick("name", "employeeCount", "currency", "timeZone", "weekStart"),
    }),
  );
  const { errors } = form;
  const field = settingFieldsOf(form, "profile", settings);
  const override =
    settings.guidelineMinOverride !== null && settings.guidelineMaxOverride !== null
      ? { min: settings.guidelineMinOverride, max: settings.guidelineMaxOverride }
      : null;
  return (
    <SettingsSection label="Agency profile" form={form} submitLabel="Save profile">
      <TextField {...field("name")} label="Agency name" />
      <EmployeeCountField
        defaultValue={settings.employeeCount}
        current={guidelineFor(settings)}
        override={override}
        amWeightedLoads={amWeightedLoads}
        errors={errors.employeeCount}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          {...field("currency")}
          label="Currency"
          options={CURRENCIES.map((c) => ({ value: c, label: c }))}
        />
        <SelectField
          {...field("timeZone")}
          label="Time zone"
          options={timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
        />
        <SelectField {...field("weekStart")} label="Week starts on" options={WEEK_START_OPTIONS} />
      </div>
    </SettingsSection>
  );
}
