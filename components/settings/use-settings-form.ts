"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FormValues } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { AgencySettingsRow } from "@/lib/domain/agencies/settings-queries";

type Saved = Promise<ActionResult<{ version: number }>>;

/**
 * One settings section's form state on top of useActionForm: the settings version it is based on, and whether the
 * last refusal was a conflict. As on the account form: an untouched section follows a newer version after a refresh
 * (its fields remount with the new values); a section with unsaved edits pins the version it
 * was edited from, so saving it after someone else's change gets the conflict instead of overwriting. `write` sends the
 * submitted values with that version.
 */
export function useSettingsForm(version: number, write: (expectedVersion: number, values: FormValues) => Saved) {
  const router = useRouter();
  const form = useActionForm();
  const [pinned, setPinned] = useState<number | null>(null);
  const [savedVersion, setSavedVersion] = useState(0);
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState(false);
  const baseVersion = pinned ?? Math.max(version, savedVersion);

  function save(call: (expectedVersion: number) => Saved) {
    setSaved(false);
    form.submit(
      async () => {
        const result = await call(baseVersion);
        setConflict(!result.ok && result.code === "conflict");
        return result;
      },
      (data) => {
        setPinned(null);
        setSavedVersion(data.version);
        setSaved(true);
      },
    );
  }

  /** After a conflict: drop the edits and show the settings as they are now. */
  function startFromCurrent() {
    setConflict(false);
    setPinned(null);
    form.reset();
    router.refresh();
  }

  function markDirty() {
    if (pinned === null) setPinned(baseVersion);
    setSaved(false);
  }

  // Untouched fields remount whenever the page brings a newer version (uncontrolled inputs keep their defaults
  // otherwise); edited ones stay mounted with their edits.
  const fieldsKey = pinned ?? version;
  const onSubmit = (values: FormValues) => save((expectedVersion) => write(expectedVersion, values));
  return { ...form, baseVersion, fieldsKey, conflict, saved, save, onSubmit, startFromCurrent, markDirty };
}

/** The settings a section shows in a field (its text and number columns). */
export type SettingName = {
  [K in keyof AgencySettingsRow]: AgencySettingsRow[K] extends string | number ? K : never;
}[keyof AgencySettingsRow];

/** Binds a section's field to its setting: id prefix, name, the stored value and the server's errors for it. */
export function settingFieldsOf(
  form: { errors: Record<string, string[]> },
  idPrefix: string,
  settings: AgencySettingsRow,
) {
  return (name: SettingName) => ({ idPrefix, name, defaultValue: settings[name], errors: form.errors[name] });
}
