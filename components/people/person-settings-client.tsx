"use client";

import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { setLevel, setManager } from "@/lib/actions/people";

type Option = { id: string; name: string };

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
  const levelForm = useActionForm({ success: "Level saved." });
  const managerForm = useActionForm({ success: "Manager and cadence saved." });
  const levelField = fieldsOf(levelForm, "person-level");
  const managerField = fieldsOf(managerForm, "person-manager");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <FormShell
        form={levelForm}
        label="Set level"
        submitLabel="Save level"
        onSubmit={(v) => levelForm.submit(() => setLevel(slug, { membershipId, levelId: v.get("levelId") }))}
      >
        <SelectField
          {...levelField("levelId")}
          label="Level"
          defaultValue={levelId ?? ""}
          placeholder="Choose a level…"
          options={levels.map((l) => ({ value: l.id, label: l.name }))}
        />
      </FormShell>
      <FormShell
        form={managerForm}
        label="Set manager and 1:1 cadence"
        submitLabel="Save manager"
        onSubmit={(v) =>
          managerForm.submit(() =>
            setManager(slug, { membershipId, managerId: v.get("managerId"), cadenceDays: v.get("cadenceDays") }),
          )
        }
      >
        <SelectField
          {...managerField("managerId")}
          label="Manager"
          defaultValue={managerId ?? ""}
          placeholder="Nobody yet"
          options={managers.filter((m) => m.id !== membershipId).map((m) => ({ value: m.id, label: m.name }))}
        />
        <TextField
          {...managerField("cadenceDays")}
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
