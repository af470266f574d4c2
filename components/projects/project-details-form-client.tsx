"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass, labelClass, TextField } from "@/components/ui/field";
import { createProject, editProject } from "@/lib/actions/projects";
import type { FieldErrors } from "@/lib/actions/result";
import type { ProjectManagerOption } from "@/lib/domain/projects/queries";

export type ProjectDetailsValues = { name: string; pmId: string; startDate: string; dueDate: string; budget: string };

type Mode =
  { kind: "create"; accountId: string } | { kind: "edit"; projectId: string; version: number; mayChangePm: boolean };

const EMPTY: ProjectDetailsValues = { name: "", pmId: "", startDate: "", dueDate: "", budget: "" };

/**
 * Name, PM, dates and budget of a project: the "new project" form on an account page and the edit form on a project
 * page. Edits carry the version they were loaded with, so a concurrent change is refused, never overwritten. Values
 * typed so far survive a refusal.
 */
export function ProjectDetailsForm({
  slug,
  mode,
  currency,
  managers,
  initial = EMPTY,
  onCreated,
}: {
  slug: string;
  mode: Mode;
  currency: string;
  managers: ProjectManagerOption[];
  initial?: ProjectDetailsValues;
  onCreated?: (projectId: string) => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState<ProjectDetailsValues>(initial);
  const [version, setVersion] = useState(mode.kind === "edit" ? mode.version : 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // When the page refreshes with a newer version (a status update, someone else's edit), an untouched form takes the
  // server's values; a form with unsaved edits keeps them and will get the conflict message on save.
  const serverVersion = mode.kind === "edit" ? mode.version : 0;
  const [synced, setSynced] = useState({ version: serverVersion, values: initial });
  if (serverVersion !== synced.version) {
    const untouched = JSON.stringify(values) === JSON.stringify(synced.values);
    if (untouched || (saved && version === serverVersion)) {
      setValues(initial);
      setVersion(serverVersion);
    }
    setSynced({ version: serverVersion, values: initial });
  }
  const idPrefix = mode.kind === "create" ? `new-project-${mode.accountId}` : `edit-project-${mode.projectId}`;
  const showPm = mode.kind === "create" || mode.mayChangePm;

  const set = (patch: Partial<ProjectDetailsValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setSaved(false);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const common = {
        name: values.name,
        startDate: values.startDate,
        dueDate: values.dueDate,
        budget: values.budget,
      };
      const result =
        mode.kind === "create"
          ? await createProject(slug, { ...common, accountId: mode.accountId, pmId: values.pmId })
          : await editProject(slug, {
              ...common,
              projectId: mode.projectId,
              expectedVersion: version,
              ...(mode.mayChangePm ? { pmId: values.pmId } : {}),
            });
      if (!result.ok) {
        setSaved(false);
        setErrors(result.fieldErrors ?? {});
        setMessage(
          result.code === "conflict" ? `${result.message} Reload the page to see the current values.` : result.message,
        );
        return;
      }
      setErrors({});
      setMessage(null);
      setSaved(true);
      if (mode.kind === "create") {
        setValues(EMPTY);
        onCreated?.(result.data.projectId);
      } else {
        setVersion(result.data.version);
      }
      router.refresh();
    });
  }

  const label = mode.kind === "create" ? "New project" : "Edit project details";
  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={label}>
      {message && <Alert>{message}</Alert>}
      {saved && <Alert tone="success">{mode.kind === "create" ? "Project created." : "Details saved."}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          idPrefix={idPrefix}
          name="name"
          label="Name"
          value={values.name}
          maxLength={160}
          required
          onChange={(e) => set({ name: e.target.value })}
          errors={errors.name}
        />
        {showPm && (
          <div>
            <label htmlFor={`${idPrefix}-pmId`} className={labelClass}>
              Project manager
            </label>
            <select
              id={`${idPrefix}-pmId`}
              value={values.pmId}
              onChange={(e) => set({ pmId: e.target.value })}
              className={`${inputClass} mt-1`}
              aria-invalid={errors.pmId ? true : undefined}
              aria-describedby={errors.pmId ? `${idPrefix}-pmId-error` : undefined}
            >
              <option value="">Choose a PM…</option>
              {managers.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
            <FieldError id={`${idPrefix}-pmId-error`} errors={errors.pmId} />
          </div>
        )}
        <TextField
          idPrefix={idPrefix}
          name="startDate"
          label="Start"
          type="date"
          value={values.startDate}
          onChange={(e) => set({ startDate: e.target.value })}
          errors={errors.startDate}
        />
        <TextField
          idPrefix={idPrefix}
          name="dueDate"
          label="Due"
          type="date"
          value={values.dueDate}
          onChange={(e) => set({ dueDate: e.target.value })}
          errors={errors.dueDate}
        />
        <TextField
          idPrefix={idPrefix}
          name="budget"
          label={`Budget (${currency})`}
          inputMode="decimal"
          value={values.budget}
          onChange={(e) => set({ budget: e.target.value })}
          errors={errors.budget}
        />
      </div>
      <Button type="submit" pending={pending}>
        {pending ? "Saving…" : mode.kind === "create" ? "Create project" : "Save details"}
      </Button>
    </form>
  );
}
