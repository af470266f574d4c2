"use client";

import { TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/result";
import type { AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";
import { SettingsSection } from "./settings-section-client";
import { useSettingsForm, type SettingName } from "./use-settings-form";

export type NumberFieldSpec<N extends string = string> = {
  name: N;
  label: string;
  hint?: string;
  /** Takes a fraction (sentiment points); otherwise a whole number. */
  decimal?: boolean;
};

/** Numbers, one labelled field each with its hint, its value and the server's errors for it. */
export function NumberFields<N extends string>({
  idPrefix,
  fields,
  values,
  errors,
  className,
}: {
  idPrefix: string;
  fields: readonly NumberFieldSpec<N>[];
  values: { [K in N]: number | string };
  errors: Record<string, string[]>;
  className: string;
}) {
  return (
    <div className={className}>
      {fields.map(({ name, decimal, ...field }) => (
        <TextField
          key={name}
          {...{ idPrefix, name, ...field }}
          inputMode={decimal ? "decimal" : "numeric"}
          defaultValue={values[name]}
          errors={errors[name]}
        />
      ))}
    </div>
  );
}

/** A settings section that is only numbers, each one of the agency's settings: what differs is this description. */
export type NumberSection = {
  label: string;
  /** What the section saves ("cadence"): its submit button and its fields' ids. */
  noun: string;
  columns: 2 | 3;
  action: (slug: string, input: unknown) => Promise<ActionResult<{ version: number }>>;
  fields: readonly NumberFieldSpec<SettingName>[];
};

const GRID = { 2: "grid gap-4 sm:grid-cols-2", 3: "grid max-w-xl gap-4 sm:grid-cols-3" };

export function NumberSettingsForm({
  slug,
  settings,
  section,
}: {
  slug: string;
  settings: AgencySettingsRow;
  section: NumberSection;
}) {
  const names = section.fields.map((f) => f.name);
  const form = useSettingsForm(settings.settingsVersion, (expectedVersion, values) =>
    section.action(slug, { expectedVersion, ...values.pick(...names) }),
  );
  return (
    <SettingsSection label={section.label} form={form} submitLabel={`Save ${section.noun}`}>
      <NumberFields
        idPrefix={section.noun}
        fields={section.fields}
        values={settings}
        errors={form.errors}
        className={GRID[section.columns]}
      />
    </SettingsSection>
  );
}
