"use client";

import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
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
  const { field, shell } = useActionFormFields(`scope-${accountId}`, { success: "Scope saved." }, (values) =>
    setRetainerScope(slug, { accountId, ...values.pick("monthlyHours", "monthlyFee", "blendedRate") }),
  );
  const decimal = (name: keyof RetainerTerms) => ({
    ...field(name),
    inputMode: "decimal" as const,
    defaultValue: scope?.[name] ?? "",
  });
  return (
    <FormShell {...shell} label="Retainer scope" submitLabel="Save scope" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField {...decimal("monthlyHours")} label="Hours a month" />
        <TextField {...decimal("monthlyFee")} label="Monthly fee" />
        <TextField
          {...decimal("blendedRate")}
          label="Blended hourly rate (optional)"
          hint="Else fee ÷ hours values an hour."
        />
      </div>
    </FormShell>
  );
}
