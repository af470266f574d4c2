"use client";

import type { FormEvent, ReactNode, RefObject } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { useSettingsForm } from "./use-settings-form";

type Props = {
  label: string;
  form: ReturnType<typeof useSettingsForm>;
  onSubmit: (data: FormData) => void;
  submitLabel?: string;
  /** Beside the submit button (e.g. "Use the size band again"). */
  extra?: ReactNode;
  children: ReactNode;
};

/** A settings section's form: server message, conflict with "start from the current values", saved notice, submit. */
export function SettingsSection({ label, form, onSubmit, submitLabel = "Save", extra, children }: Props) {
  const { formRef, pending, message, errors, conflict, saved, fieldsKey, markDirty, startFromCurrent } = form;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  }
  return (
    <form
      ref={formRef as RefObject<HTMLFormElement>}
      onSubmit={submit}
      onChange={markDirty}
      noValidate
      aria-label={label}
      className="space-y-4"
    >
      <FormMessage message={message} errors={errors} />
      {conflict && (
        <Button variant="secondary" onClick={startFromCurrent}>
          Start from the current values
        </Button>
      )}
      {saved && <Alert tone="success">Saved. The dashboard, AM pages and signals use it now.</Alert>}
      {/* Remounting on a new version resets untouched fields to the values that version holds. */}
      <div key={fieldsKey} className="space-y-4">
        {children}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        {extra}
      </div>
    </form>
  );
}
