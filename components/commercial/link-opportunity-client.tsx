"use client";

import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
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
  const form = useActionForm({ success: "Linked." });
  const field = fieldsOf(form, `link-${valueChangeId}`);
  return (
    <FormShell
      form={form}
      label="Link to a won opportunity"
      submitLabel="Link"
      className="flex flex-wrap items-end gap-2"
      onSubmit={(values) =>
        form.submit(() => linkValueChange(slug, { valueChangeId, opportunityId: values.get("opportunityId") }))
      }
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
