"use client";

import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { countStatusChanges, previewGuideline } from "@/lib/domain/agencies/settings-rules";
import { ACCOUNTS_PER_AM_SOURCE, type Guideline } from "@/lib/domain/portfolio/guideline";
import { formatRange } from "@/lib/domain/portfolio/text";

type Props = {
  defaultValue: number;
  /** The guideline in force now (an override, if one is set, wins over the size band). */
  current: Guideline;
  override: { min: number; max: number } | null;
  amWeightedLoads: number[];
  errors?: string[];
};

/** The employee count with, live, the size band and guideline it gives, their source, and how many AMs it moves. */
export function EmployeeCountField({ defaultValue, current, override, amWeightedLoads, errors }: Props) {
  const [value, setValue] = useState(String(defaultValue));
  const count = Number(value);
  const preview = previewGuideline({
    employeeCount: count,
    guidelineMinOverride: override?.min ?? null,
    guidelineMaxOverride: override?.max ?? null,
  });
  const band = previewGuideline({ employeeCount: count, guidelineMinOverride: null, guidelineMaxOverride: null });
  const moved = preview ? countStatusChanges(amWeightedLoads, current, preview) : 0;
  return (
    <div>
      <TextField
        idPrefix="profile"
        name="employeeCount"
        label="Employees"
        inputMode="numeric"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        errors={errors}
        className="max-w-xs"
      />
      <p className="mt-2 text-sm text-slate-700" aria-live="polite" data-testid="band-preview">
        {band && preview ? (
          <>
            A <strong>{band.band}</strong> agency: the size band is{" "}
            <strong>{formatRange(band.min, band.max)} accounts per AM</strong>
            {preview.source === "override" && (
              <> (your override of {formatRange(preview.min, preview.max)} applies)</>
            )}.{" "}
            {moved > 0
              ? `${moved} account ${moved === 1 ? "manager changes" : "managers change"} status on saving.`
              : "No account manager changes status."}
          </>
        ) : (
          "Enter a whole number of employees to see the guideline it gives."
        )}
      </p>
      <p className="mt-1 text-xs text-slate-500">
        Source: “{ACCOUNTS_PER_AM_SOURCE.document}”, citing {ACCOUNTS_PER_AM_SOURCE.citations.join(", ")}.
      </p>
    </div>
  );
}
