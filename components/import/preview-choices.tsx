"use client";

import { inputClass, labelClass } from "@/components/ui/field";
import { CLEAR_MARKER, FIELD_LABEL } from "@/lib/domain/import/columns";
import type { PreviewResult } from "@/lib/domain/import/mutations";
import { plural } from "@/lib/domain/portfolio/text";

/** The marker as the reader types it into a cell. */
export function ClearMarker() {
  return <code className="rounded bg-slate-100 px-1 font-mono text-slate-800">{CLEAR_MARKER}</code>;
}

/**
 * Spreadsheets rarely say when an account started: rather than refusing every such row, the preview offers one date
 * for all new accounts without one (stored accounts keep their own). Changing it checks the file again.
 */
export function StartDateChoice({
  preview,
  value,
  disabled,
  onChange,
}: {
  preview: PreviewResult;
  value: string;
  disabled: boolean;
  onChange(date: string): void;
}) {
  const rows = preview.newWithoutStartDate;
  if (rows === 0) return null; // nothing in this file would take the date
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50 p-3" data-testid="import-start-date">
      <label htmlFor="import-default-start" className={labelClass}>
        Start date for new accounts without one
      </label>
      <input
        id="import-default-start"
        type="date"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby="import-default-start-hint"
        className={`${inputClass} mt-1 max-w-56`}
      />
      <p id="import-default-start-hint" className="mt-1 text-xs text-slate-600">
        {plural(rows, "new account has", "new accounts have")} no start date in the file.{" "}
        {value ? "They start on this date." : "Left empty, they are refused: choose a date, or add one to the file."}
      </p>
    </div>
  );
}

/** What the "(clear)" cells will do, said before the import does it. */
export function ClearedNote({ preview }: { preview: PreviewResult }) {
  if (preview.cleared.length === 0) return null;
  const total = preview.cleared.reduce((sum, c) => sum + c.count, 0);
  const list = preview.cleared.map((c) => `${FIELD_LABEL[c.field]} (${c.count.toLocaleString("en-US")})`).join(", ");
  return (
    <p className="text-sm text-slate-700" data-testid="import-cleared">
      Empties {plural(total, "stored value")} marked <ClearMarker />: {list}.
    </p>
  );
}
