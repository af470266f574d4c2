"use client";

import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
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
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <ActionForm
        idPrefix="person-level"
        label="Set level"
        submitLabel="Save level"
        success="Level saved."
        action={(v) => setLevel(slug, { membershipId, levelId: v.get("levelId") })}
      >
        {(field) => (
          <SelectField
            {...field("levelId")}
            label="Level"
            defaultValue={levelId ?? ""}
            placeholder="Choose a level…"
            options={levels.map((l) => ({ value: l.id, label: l.name }))}
          />
        )}
      </ActionForm>
      <ActionForm
        idPrefix="person-manager"
        label="Set manager and 1:1 cadence"
        submitLabel="Save manager"
        success="Manager and cadence saved."
        action={(v) => setManager(slug, { membershipId, ...v.pick("managerId", "cadenceDays") })}
      >
        {(field) => (
          <>
            <SelectField
              {...field("managerId")}
              label="Manager"
              defaultValue={managerId ?? ""}
              placeholder="Nobody yet"
              options={managers.filter((m) => m.id !== membershipId).map((m) => ({ value: m.id, label: m.name }))}
            />
            <TextField
              {...field("cadenceDays")}
              label="1:1 every (days)"
              type="number"
              min={1}
              max={365}
              defaultValue={String(cadenceDays)}
            />
          </>
        )}
      </ActionForm>
    </div>
  );
}
