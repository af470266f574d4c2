"use client";

import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { updateFollowUpRule } from "@/lib/actions/follow-ups";
import { ASSIGNEE_LABEL, FOLLOW_UP_ASSIGNEES, SIGNAL_LABEL, type FollowUpRule } from "@/lib/domain/follow-ups/rules";

/** One signal type's rule: on or off, for whom, due in how many days. One small form per rule, saved on its own. */
function RuleForm({ slug, rule }: { slug: string; rule: FollowUpRule }) {
  const label = SIGNAL_LABEL[rule.signalType];
  const { field, shell } = useActionFormFields(`rule-${rule.signalType}`, { success: `${label}: saved.` }, (values) =>
    updateFollowUpRule(slug, {
      signalType: rule.signalType,
      enabled: values.get("enabled") === "on",
      ...values.pick("assignee", "dueInDays"),
    }),
  );
  const checkboxId = `rule-${rule.signalType}-enabled`;
  return (
    <FormShell
      {...shell}
      label={`Follow-up rule: ${label}`}
      submitLabel="Save"
      className="space-y-3 border-b border-slate-100 py-3 last:border-b-0"
    >
      <div className="grid items-end gap-3 sm:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_8rem]">
        <div className="flex items-center gap-2 pb-2">
          <input
            id={checkboxId}
            name="enabled"
            type="checkbox"
            defaultChecked={rule.enabled}
            className="h-4 w-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
          />
          <label htmlFor={checkboxId} className="text-sm font-medium text-slate-800">
            {label}
          </label>
        </div>
        <SelectField
          {...field("assignee")}
          label="Assign to"
          defaultValue={rule.assignee}
          options={FOLLOW_UP_ASSIGNEES.map((a) => ({ value: a, label: ASSIGNEE_LABEL[a] }))}
        />
        <TextField {...field("dueInDays")} label="Due in (days)" inputMode="numeric" defaultValue={rule.dueInDays} />
      </div>
    </FormShell>
  );
}

export function FollowUpRulesForm({ slug, rules }: { slug: string; rules: FollowUpRule[] }) {
  return (
    <div>
      {rules.map((rule) => (
        <RuleForm key={rule.signalType} slug={slug} rule={rule} />
      ))}
    </div>
  );
}
