"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { setRetainerScope } from "@/lib/actions/commercial";
import type { RetainerTerms } from "@/lib/domain/commercial/over-servicing";

/** The retainer's contracted scope: monthly hours and fee, and an optional blended hourly rate. */
export function ScopeForm({
  slug,
  accountId,
  scope,
}: {
  slug: string;
  accountId: string;
  scope: RetainerTerms | null;
}) {
  return (
    <ActionForm
      idPrefix={`scope-${accountId}`}
      label="Retainer scope"
      submitLabel="Save scope"
      success="Scope saved."
      className="space-y-3"
      action={(values) =>
        setRetainerScope(slug, { accountId, ...values.pick("monthlyHours", "monthlyFee", "blendedRate") })
      }
    >
      {(field) => (
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField
            {...field("monthlyHours")}
            label="Hours a month"
            inputMode="decimal"
            defaultValue={scope?.monthlyHours ?? ""}
          />
          <TextField
            {...field("monthlyFee")}
            label="Monthly fee"
            inputMode="decimal"
            defaultValue={scope?.monthlyFee ?? ""}
          />
          <TextField
            {...field("blendedRate")}
            label="Blended hourly rate (optional)"
            hint="Else fee ÷ hours values an hour."
            inputMode="decimal"
            defaultValue={scope?.blendedRate ?? ""}
          />
        </div>
      )}
    </ActionForm>
  );
}
