"use client";

import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/textarea-field";
import { clearGuidelineOverride, setGuidelineOverride } from "@/lib/actions/settings";
import type { AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";
import { REASON_MAX } from "@/lib/domain/agencies/settings-schemas";
import { sizeBandRow } from "@/lib/domain/portfolio/guideline";
import { formatRange } from "@/lib/domain/portfolio/text";
import { SettingsSection } from "./settings-section-client";
import { useSettingsForm } from "./use-settings-form";
import { NumberFields, type NumberFieldSpec } from "./number-settings-form-client";

const RANGE: NumberFieldSpec<"min" | "max">[] = [
  { name: "min", label: "Minimum accounts per AM" },
  { name: "max", label: "Maximum accounts per AM" },
];

/** The agency's own accounts-per-AM range, with the reason it is required to give, and the way back to the size band. */
export function OverrideForm({ slug, settings }: { slug: string; settings: AgencySettingsRow }) {
  const form = useSettingsForm(settings.settingsVersion, (expectedVersion, values) =>
    setGuidelineOverride(slug, { expectedVersion, ...values.pick("min", "max", "reason") }),
  );
  const { errors } = form;
  const band = sizeBandRow(settings.employeeCount);
  const active = settings.guidelineMinOverride !== null;
  const backToBand = active ? (
    <Button
      variant="secondary"
      pending={form.pending}
      onClick={() => form.save((expectedVersion) => clearGuidelineOverride(slug, { expectedVersion }))}
    >
      Use the size band again ({formatRange(band.minAccounts, band.maxAccounts)})
    </Button>
  ) : null;
  return (
    <SettingsSection
      label="Guideline override"
      form={form}
      submitLabel={active ? "Save override" : "Override the guideline"}
      extra={backToBand}
    >
      <p className="text-sm text-slate-700" data-testid="override-status">
        {active ? (
          <>
            In force: <strong>{formatRange(settings.guidelineMinOverride!, settings.guidelineMaxOverride!)}</strong>{" "}
            accounts per AM instead of the size band’s {formatRange(band.minAccounts, band.maxAccounts)}.
          </>
        ) : (
          <>
            None: the size band’s <strong>{formatRange(band.minAccounts, band.maxAccounts)}</strong> applies.
          </>
        )}
      </p>
      <NumberFields
        idPrefix="override"
        fields={RANGE}
        values={{
          min: settings.guidelineMinOverride ?? band.minAccounts,
          max: settings.guidelineMaxOverride ?? band.maxAccounts,
        }}
        errors={errors}
        className="grid max-w-md gap-4 sm:grid-cols-2"
      />
      <TextAreaField
        idPrefix="override"
        name="reason"
        label="Reason (required)"
        hint="Shown beside the guideline on the dashboard and kept in its history."
        defaultValue={settings.guidelineOverrideReason ?? ""}
        maxLength={REASON_MAX}
        rows={2}
        errors={errors.reason}
      />
    </SettingsSection>
  );
}
