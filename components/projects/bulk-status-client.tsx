"use client";

import { useState, type FormEvent } from "react";
import { PROJECT_STATUS } from "@/components/drilldown/badges";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass, labelClass } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { bulkUpdateStatus } from "@/lib/actions/projects";
import {
  NOTE_MAX,
  NOTE_REQUIRED_STATUSES,
  PROJECT_STATUSES,
  type ProjectStatusValue,
} from "@/lib/domain/projects/schemas";

type Item = { id: string; name: string; version: number };

/** One status (and note) for the selected projects; each project succeeds or is refused on its own. */
/** Selection stays after applying, so the outcome stays readable; the rows refresh with their new versions. */
export function BulkStatusBar({ slug, items }: { slug: string; items: Item[] }) {
  const form = useActionForm();
  const { pending, errors } = form;
  const [status, setStatus] = useState<ProjectStatusValue>("ON_TRACK");
  const [note, setNote] = useState("");
  const [outcome, setOutcome] = useState<{ tone: "error" | "success"; lines: string[] } | null>(null);
  const noteRequired = NOTE_REQUIRED_STATUSES.includes(status);

  function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    form.submit(
      () =>
        bulkUpdateStatus(slug, {
          items: items.map((i) => ({ projectId: i.id, expectedVersion: i.version })),
          status,
          note,
        }),
      (data) => {
        const names = new Map(items.map((i) => [i.id, i.name]));
        const refused = data.results.filter((r) => !r.ok);
        setOutcome({
          tone: refused.length ? "error" : "success",
          lines: [
            `${data.updated} of ${data.results.length} updated to ${PROJECT_STATUS[status][0]}.`,
            ...refused.map((r) => `${names.get(r.projectId) ?? "A project"}: ${r.ok ? "" : r.message}`),
          ],
        });
        setNote("");
      },
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Bulk status update"
      className="rounded-xl border border-indigo-200 bg-indigo-50/60 p-4"
    >
      <p className="text-sm font-medium text-slate-900">{items.length} selected: set one status for all of them</p>
      <div className="mt-3 grid gap-3 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-start">
        <div>
          <label htmlFor="bulk-status" className={labelClass}>
            New status
          </label>
          <select
            id="bulk-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as ProjectStatusValue)}
            className={`${inputClass} mt-1`}
          >
            {PROJECT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PROJECT_STATUS[s][0]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="bulk-note" className={labelClass}>
            Note {noteRequired ? <span className="font-normal text-rose-700">(required)</span> : "(optional)"}
          </label>
          <input
            id="bulk-note"
            value={note}
            maxLength={NOTE_MAX}
            onChange={(e) => setNote(e.target.value)}
            className={`${inputClass} mt-1`}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={errors.note ? "bulk-note-error" : undefined}
          />
          <FieldError id="bulk-note-error" errors={errors.note} />
        </div>
        <Button type="submit" pending={pending} className="sm:mt-6">
          {pending ? "Applying…" : `Apply to ${items.length}`}
        </Button>
      </div>
      {form.message && (
        <Alert className="mt-3">
          <p>{form.message}</p>
        </Alert>
      )}
      {outcome && (
        <Alert tone={outcome.tone} className="mt-3">
          {outcome.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Alert>
      )}
    </form>
  );
}
