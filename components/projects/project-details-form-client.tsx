"use client";

import { ConflictAlert } from "@/components/ui/conflict-alert";
import { TextField } from "@/components/ui/field";
import { createProject, editProject } from "@/lib/actions/projects";
import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { boundFieldsOf } from "@/components/ui/use-bound-values";
import { useVersionedValues } from "@/components/ui/use-versioned-values";
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
  const row = useVersionedValues(initial, mode.kind === "edit" ? mode.version : 0);
  const form = useActionForm<{ projectId: string; version: number }>({
    success: mode.kind === "create" ? "Project created." : "Details saved.",
  });
  const { values, edit: set } = row;
  const idPrefix = mode.kind === "create" ? `new-project-${mode.accountId}` : `edit-project-${mode.projectId}`;
  const bound = boundFieldsOf(fieldsOf(form, idPrefix), values, set);
  const showPm = mode.kind === "create" || mode.mayChangePm;

  function save() {
    const { pmId, ...common } = values;
    form.submit(
      () =>
        mode.kind === "create"
          ? createProject(slug, { ...common, accountId: mode.accountId, pmId })
          : editProject(slug, {
              ...common,
              projectId: mode.projectId,
              expectedVersion: row.version,
              ...(mode.mayChangePm ? { pmId } : {}),
            }),
      (data) => {
        if (mode.kind === "create") {
          row.replace(EMPTY, 0);
          onCreated?.(data.projectId);
        } else row.saved(values, data.version);
      },
    );
  }

  const label = mode.kind === "create" ? "New project" : "Edit project details";
  // A conflict names who changed the project; the values to start again from are the page's, after a reload.
  const message = form.conflict ? `${form.message} Reload the page to see the current values.` : form.message;
  return (
    <FormShell
      form={form}
      label={label}
      onSubmit={save}
      submitLabel={mode.kind === "create" ? "Create project" : "Save details"}
      alert={<ConflictAlert message={message} />}
      className="space-y-3"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField {...bound("name")} label="Name" maxLength={160} required />
        {showPm && (
          <SelectField
            {...bound("pmId")}
            label="Project manager"
            placeholder="Choose a PM…"
            options={managers.map((m) => ({ value: m.id, label: m.name }))}
          />
        )}
        <TextField {...bound("startDate")} label="Start" type="date" />
        <TextField {...bound("dueDate")} label="Due" type="date" />
        <TextField {...bound("budget")} label={`Budget (${currency})`} inputMode="decimal" />
      </div>
    </FormShell>
  );
}
