"use client";

import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { linkValueChange } from "@/lib/actions/commercial";

/** Links a value change to the won opportunity that produced it (or unlinks it). */
export function LinkOpportunity({
  slug,
  valueChangeId,
  current,
  options,
}: {
  slug: string;
  valueChangeId: string;
  current: string | null;
  options: { id: string; serviceLine: string }[];
}) {
  const { field, shell } = useActionFormFields(`link-${valueChangeId}`, { success: "Linked." }, (values) =>
    linkValueChange(slug, { valueChangeId, opportunityId: values.get("opportunityId") }),
  );
  return (
    <FormShell
      {...shell}
      label="Link to a won opportunity"
      submitLabel="Link"
      className="flex flex-wrap items-end gap-2"
    >
      <SelectField
        {...field("opportunityId")}
        label="Won opportunity"
        placeholder="None"
        defaultValue={current ?? ""}
        options={options.map((o) => ({ value: o.id, label: o.serviceLine }))}
      />
    </FormShell>
  );
}
