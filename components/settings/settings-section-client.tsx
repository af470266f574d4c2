"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { FormShell } from "@/components/ui/form-shell";
import type { useSettingsForm } from "./use-settings-form";

type Props = {
  label: string;
  form: ReturnType<typeof useSettingsForm>;
  submitLabel?: string;
  /** Beside the submit button (e.g. "Use the size band again"). */
  extra?: ReactNode;
  children: ReactNode;
};

/** A settings section's form: server message, conflict with "start from the current values", saved notice, submit. */
export function SettingsSection({ label, form, submitLabel = "Save", extra, children }: Props) {
  const { message, errors, conflict, saved, fieldsKey, markDirty, startFromCurrent } = form;
  const alert = (
    <>
      <FormMessage message={message} errors={errors} />
      {conflict && (
        <Button variant="secondary" onClick={startFromCurrent}>
          Start from the current values
        </Button>
      )}
    </>
  );
  return (
    <FormShell
      form={{ ...form, success: saved ? "Saved. The dashboard, AM pages and signals use it now." : null }}
      label={label}
      onSubmit={form.onSubmit}
      submitLabel={submitLabel}
      alert={alert}
      footer={extra}
    >
      {/* Remounting on a new version resets untouched fields to the values that version holds. */}
      <div key={fieldsKey} className="space-y-4" onChange={markDirty}>
        {children}
      </div>
    </FormShell>
  );
}
