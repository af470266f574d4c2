"use client";

import { useState } from "react";
import { inputClass, labelClass } from "@/components/ui/field";
import { CLEAR_MARKER, FIELD_LABEL } from "@/lib/domain/import/columns";
import type { PreviewResult } from "@/lib/domain/import/mutations";
import { plural } from "@/lib/domain/portfolio/text";
import { formatIsoDay } from "@/lib/format/dates";

/** The marker as the reader types it into a cell. */
export function ClearMarker() {
  return <code className="rounded bg-slate-100 px-1 font-mono text-slate-800">{CLEAR_MARKER}</code>;
}

/**
 * Spreadsheets rarely say when an account started: rather than refusing every such row, the preview lets the reader
 * choose for all new accounts without one: "Unknown" (the default; stored as no date, counted as started before any
 * trend) or one date. Stored accounts keep their own. A chosen date checks the file again.
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
  // "A date" picked but none typed yet: still unknown for the server, so nothing is checked again until a date is.
  const [dated, setDated] = useState(value !== "");
  const rows = preview.newWithoutStartDate;
  if (rows === 0) return null; // nothing in this file would take the choice
  const pick = (choice: "unknown" | "date") => {
    setDated(choice === "date");
    if (choice === "unknown" && value) onChange("");
  };
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50 p-3" data-testid="import-start-date">
      <fieldset>
        <legend className={labelClass}>Start date for new accounts without one</legend>
        <div className="mt-1 flex flex-wrap items-center gap-4 text-sm">
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              name="start-date-choice"
              checked={!dated}
              disabled={disabled}
              onChange={() => pick("unknown")}
            />
            Unknown
          </label>
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              name="start-date-choice"
              checked={dated}
              disabled={disabled}
              onChange={() => pick("date")}
            />
            A date
          </label>
          <input
            type="date"
            aria-label="Start date of new accounts without one"
            value={value}
            disabled={disabled || !dated}
            onChange={(event) => onChange(event.target.value)}
            aria-describedby="import-default-start-hint"
            className={`${inputClass} max-w-48`}
          />
        </div>
      </fieldset>
      <p id="import-default-start-hint" className="mt-1 text-xs text-slate-600">
        {plural(rows, "new account has", "new accounts have")} no start date in the file.{" "}
        {value
          ? `${rows === 1 ? "It starts" : "They start"} on ${formatIsoDay(value)}.`
          : `${rows === 1 ? "It is" : "They are"} imported with the start date unknown (add it later on the account).`}
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
