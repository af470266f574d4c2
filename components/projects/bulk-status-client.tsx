"use client";

import { useState } from "react";
import { PROJECT_STATUS } from "@/components/drilldown/badges";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useBoundValues } from "@/components/ui/use-bound-values";
import { bulkUpdateStatus } from "@/lib/actions/projects";
import { NOTE_MAX, type ProjectStatusValue } from "@/lib/domain/projects/schemas";
import { noteLabel, STATUS_OPTIONS } from "./status-form-client";

type Item = { id: string; name: string; version: number };

/** One status (and note) for the selected projects; each project succeeds or is refused on its own. */
/** Selection stays after applying, so the outcome stays readable; the rows refresh with their new versions. */
export function BulkStatusBar({ slug, items }: { slug: string; items: Item[] }) {
  const form = useActionForm();
  const initial: { status: ProjectStatusValue; note: string } = { status: "ON_TRACK", note: "" };
  const { values, set, bound } = useBoundValues(form, "bulk", initial);
  const [outcome, setOutcome] = useState<{ tone: "error" | "success"; lines: string[] } | null>(null);

  function apply() {
    setOutcome(null);
    const expected = items.map((i) => ({ projectId: i.id, expectedVersion: i.version }));
    form.submit(
      () => bulkUpdateStatus(slug, { items: expected, ...values }),
      (data) => {
        const names = new Map(items.map((i) => [i.id, i.name]));
        const refused = data.results.filter((r) => !r.ok);
        setOutcome({
          tone: refused.length ? "error" : "success",
          lines: [
            `${data.updated} of ${data.results.length} updated to ${PROJECT_STATUS[values.status][0]}.`,
            ...refused.map((r) => `${names.get(r.projectId) ?? "A project"}: ${r.ok ? "" : r.message}`),
          ],
        });
        set({ note: "" });
      },
    );
  }

  return (
    <FormShell
      form={form}
      label="Bulk status update"
      onSubmit={apply}
      submitLabel={`Apply to ${items.length}`}
      pendingLabel="Applying…"
      className="space-y-3 rounded-xl border border-indigo-200 bg-indigo-50/60 p-4"
    >
      <p className="text-sm font-medium text-slate-900">{items.length} selected: set one status for all of them</p>
      <div className="grid gap-3 sm:grid-cols-[12rem_minmax(0,1fr)] sm:items-start">
        <SelectField {...bound("status")} label="New status" options={STATUS_OPTIONS} />
        <TextField {...bound("note")} label={noteLabel(values.status)} maxLength={NOTE_MAX} />
      </div>
      {outcome && (
        <Alert tone={outcome.tone}>
          {outcome.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Alert>
      )}
    </FormShell>
  );
}
