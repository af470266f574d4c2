"use client";

import { TextField } from "@/components/ui/field";
import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
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
  const form = useActionForm({ success: "Scope saved." });
  const field = fieldsOf(form, `scope-${accountId}`);
  return (
    <FormShell
      form={form}
      label="Retainer scope"
      submitLabel="Save scope"
      className="space-y-3"
      onSubmit={(values) =>
        form.submit(() =>
          setRetainerScope(slug, {
            accountId,
            monthlyHours: values.get("monthlyHours"),
            monthlyFee: values.get("monthlyFee"),
            blendedRate: values.get("blendedRate"),
          }),
        )
      }
    >
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
    </FormShell>
  );
}
