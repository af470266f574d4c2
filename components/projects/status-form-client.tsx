"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { PROJECT_STATUS } from "@/components/drilldown/badges";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass, labelClass, TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/actions/result";
import { updateStatus } from "@/lib/actions/projects";
import type { ProjectConflict } from "@/lib/domain/projects/mutations";
import {
  NOTE_MAX,
  NOTE_REQUIRED_STATUSES,
  PROJECT_STATUSES,
  type ProjectStatusValue,
} from "@/lib/domain/projects/schemas";

export type StatusFormProject = {
  id: string;
  name: string;
  version: number;
  status: ProjectStatusValue;
  percentComplete: number;
  spent: string;
};

type Values = { version: number; status: ProjectStatusValue; percentComplete: string; spent: string; note: string };

const valuesOf = (p: { version: number; status: ProjectStatusValue; percentComplete: number; spent: string }) => ({
  version: p.version,
  status: p.status,
  percentComplete: String(p.percentComplete),
  spent: p.spent,
  note: "",
});

/**
 * One-step status update: status, progress, spend and a note (required for At risk and Off track). The form carries
 * the version it was loaded with; if someone changed the project since, the server refuses with who and when, and the
 * form shows the current values and offers to start from them (keeping the note typed so far).
 */
export function StatusForm({
  slug,
  project,
  currency,
  onDone,
}: {
  slug: string;
  project: StatusFormProject;
  currency: string;
  onDone?: () => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState<Values>(() => valuesOf(project));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ProjectConflict | null>(null);
  const [saved, setSaved] = useState(false);
  // A refresh that brings a newer version (the details edited, our own save just now) resets an untouched form to the
  // server's values; a form with unsaved edits keeps them, and saving them gets the conflict message instead of
  // overwriting.
  const [synced, setSynced] = useState(project);
  if (project.version !== synced.version) {
    const untouched =
      JSON.stringify(values) === JSON.stringify(valuesOf(synced)) || (saved && values.version === project.version);
    if (untouched) setValues(valuesOf(project));
    setSynced(project);
  }
  const idPrefix = `status-${project.id}`;
  const noteRequired = NOTE_REQUIRED_STATUSES.includes(values.status);

  const set = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    setSaved(false);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await updateStatus(slug, {
        projectId: project.id,
        expectedVersion: values.version,
        status: values.status,
        percentComplete: values.percentComplete,
        spent: values.spent,
        note: values.note,
      });
      if (result.ok) {
        setErrors({});
        setMessage(null);
        setConflict(null);
        setSaved(true);
        setValues((v) => ({ ...v, version: result.data.version, note: "" }));
        router.refresh();
        onDone?.();
        return;
      }
      setSaved(false);
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      setConflict(result.code === "conflict" ? (result.current as ProjectConflict) : null);
    });
  }

  function startFromCurrent() {
    if (!conflict) return;
    setValues((v) => ({ ...valuesOf(conflict), note: v.note }));
    setConflict(null);
    setMessage(null);
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={`Update status of ${project.name}`}>
      {message && (
        <Alert>
          <p className="font-medium">{message}</p>
          {conflict && (
            <div className="mt-2 text-rose-900">
              <p>
                Now: {PROJECT_STATUS[conflict.status][0]}, {conflict.percentComplete}% complete, {currency}{" "}
                {conflict.spent} spent
                {conflict.note ? ` — “${conflict.note}”` : ""}.
              </p>
              <Button variant="secondary" className="mt-2" onClick={startFromCurrent}>
                Start from the current values
              </Button>
            </div>
          )}
        </Alert>
      )}
      {saved && <Alert tone="success">Status saved.</Alert>}
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor={`${idPrefix}-status`} className={labelClass}>
            Status
          </label>
          <select
            id={`${idPrefix}-status`}
            name="status"
            value={values.status}
            onChange={(e) => set({ status: e.target.value as ProjectStatusValue })}
            className={`${inputClass} mt-1`}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={errors.status ? `${idPrefix}-status-error` : undefined}
          >
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PROJECT_STATUS[s][0]}
              </option>
            ))}
          </select>
          <FieldError id={`${idPrefix}-status-error`} errors={errors.status} />
        </div>
        <TextField
          idPrefix={idPrefix}
          name="percentComplete"
          label="Progress (%)"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={values.percentComplete}
          onChange={(e) => set({ percentComplete: e.target.value })}
          errors={errors.percentComplete}
        />
        <TextField
          idPrefix={idPrefix}
          name="spent"
          label={`Spent (${currency})`}
          inputMode="decimal"
          value={values.spent}
          onChange={(e) => set({ spent: e.target.value })}
          errors={errors.spent}
        />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-note`} className={labelClass}>
          Note {noteRequired ? <span className="font-normal text-rose-700">(required)</span> : "(optional)"}
        </label>
        <textarea
          id={`${idPrefix}-note`}
          name="note"
          rows={2}
          maxLength={NOTE_MAX}
          value={values.note}
          onChange={(e) => set({ note: e.target.value })}
          className={`${inputClass} mt-1`}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={`${idPrefix}-note-hint${errors.note ? ` ${idPrefix}-note-error` : ""}`}
        />
        <p id={`${idPrefix}-note-hint`} className="mt-1 text-xs text-slate-500">
          A note is required for At risk and Off track: what is wrong and what happens next.
        </p>
        <FieldError id={`${idPrefix}-note-error`} errors={errors.note} />
      </div>
      <Button type="submit" pending={pending}>
        {pending ? "Saving…" : "Save status"}
      </Button>
    </form>
  );
}
