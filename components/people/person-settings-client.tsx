"use client";

import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { setLevel, setManager } from "@/lib/actions/people";

type Option = { id: string; name: string };

/** A bound select's current choice ("" for none) and its options. */
const choice = <B,>(bound: B, value: string | null, items: Option[]) => ({
  ...bound,
  defaultValue: value ?? "",
  options: items.map((o) => ({ value: o.id, label: o.name })),
});

/** A leader's controls for one person: their level on the ladder, and who manages them at what 1:1 cadence. */
export function PersonSettings({
  slug,
  membershipId,
  levels,
  levelId,
  managers,
  managerId,
  cadenceDays,
}: {
  slug: string;
  membershipId: string;
  levels: Option[];
  levelId: string | null;
  managers: Option[];
  managerId: string | null;
  cadenceDays: number;
}) {
  const level = useActionFormFields("person-level", { success: "Level saved." }, (v) =>
    setLevel(slug, { membershipId, levelId: v.get("levelId") }),
  );
  const manager = useActionFormFields("person-manager", { success: "Manager and cadence saved." }, (v) =>
    setManager(slug, { membershipId, ...v.pick("managerId", "cadenceDays") }),
  );
  const others = managers.filter((m) => m.id !== membershipId);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <FormShell {...level.shell} label="Set level" submitLabel="Save level">
        <SelectField {...choice(level.field("levelId"), levelId, levels)} label="Level" placeholder="Choose a level…" />
      </FormShell>
      <FormShell {...manager.shell} label="Set manager and 1:1 cadence" submitLabel="Save manager">
        <SelectField
          {...choice(manager.field("managerId"), managerId, others)}
          label="Manager"
          placeholder="Nobody yet"
        />
        <TextField
          {...manager.field("cadenceDays")}
          label="1:1 every (days)"
          type="number"
          min={1}
          max={365}
          defaultValue={String(cadenceDays)}
        />
      </FormShell>
    </div>
  );
}
