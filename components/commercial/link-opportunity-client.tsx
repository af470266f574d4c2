"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
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
  return (
    <ActionForm
      idPrefix={`link-${valueChangeId}`}
      label="Link to a won opportunity"
      submitLabel="Link"
      success="Linked."
      className="flex flex-wrap items-end gap-2"
      action={(values) => linkValueChange(slug, { valueChangeId, opportunityId: values.get("opportunityId") })}
    >
      {(field) => (
        <SelectField
          {...field("opportunityId")}
          label="Won opportunity"
          placeholder="None"
          defaultValue={current ?? ""}
          options={options.map((o) => ({ value: o.id, label: o.serviceLine }))}
        />
      )}
    </ActionForm>
  );
}
