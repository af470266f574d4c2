"use client";

import { PROJECT_STATUS } from "@/components/drilldown/badges";
import { ConflictAlert } from "@/components/ui/conflict-alert";
import { TextField } from "@/components/ui/field";
import { TextAreaField } from "@/components/ui/textarea-field";
import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { boundFieldsOf } from "@/components/ui/use-bound-values";
import { useVersionedValues } from "@/components/ui/use-versioned-values";
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

type Values = { status: ProjectStatusValue; percentComplete: string; spent: string; note: string };

export const STATUS_OPTIONS = PROJECT_STATUSES.map((status) => ({ value: status, label: PROJECT_STATUS[status][0] }));

/** "Note (required)" for the statuses that need one (At risk, Off track), else "Note (optional)". */
export function noteLabel(status: ProjectStatusValue) {
  return (
    <>
      Note{" "}
      {NOTE_REQUIRED_STATUSES.includes(status) ? (
        <span className="font-normal text-rose-700">(required)</span>
      ) : (
        "(optional)"
      )}
    </>
  );
}

const valuesOf = (p: { status: ProjectStatusValue; percentComplete: number; spent: string }): Values => ({
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
  // A refresh that brings a newer version (the details edited, our own save just now) resets an untouched form.
  const row = useVersionedValues(valuesOf(project), project.version);
  const form = useActionForm<{ version: number }, ProjectConflict>({ success: "Status saved." });
  const { values, edit: set } = row;
  const { conflict } = form;
  const bound = boundFieldsOf(fieldsOf(form, `status-${project.id}`), values, set);

  function save() {
    form.submit(
      () => updateStatus(slug, { projectId: project.id, expectedVersion: row.version, ...values }),
      (data) => {
        row.saved({ ...values, note: "" }, data.version);
        onDone?.();
      },
    );
  }

  const alert = (
    <ConflictAlert
      message={form.message}
      current={
        conflict &&
        `Now: ${PROJECT_STATUS[conflict.status][0]}, ${conflict.percentComplete}% complete, ${currency} ${conflict.spent} spent${conflict.note ? ` — “${conflict.note}”` : ""}.`
      }
      onStartFromCurrent={() => {
        if (!conflict) return;
        row.replace({ ...valuesOf(conflict), note: values.note }, conflict.version);
        form.reset();
        form.refresh();
      }}
    />
  );
  return (
    <FormShell
      form={form}
      label={`Update status of ${project.name}`}
      onSubmit={save}
      submitLabel="Save status"
      alert={alert}
      className="space-y-3"
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField {...bound("status")} label="Status" options={STATUS_OPTIONS} />
        <TextField
          {...bound("percentComplete")}
          label="Progress (%)"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
        />
        <TextField {...bound("spent")} label={`Spent (${currency})`} inputMode="decimal" />
      </div>
      <TextAreaField
        {...bound("note")}
        label={noteLabel(values.status)}
        rows={2}
        maxLength={NOTE_MAX}
        hint="A note is required for At risk and Off track: what is wrong and what happens next."
      />
    </FormShell>
  );
}
