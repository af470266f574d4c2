"use client";

import type { ChangeEvent } from "react";
import { labelClass } from "@/components/ui/field";
import { HydratedControl } from "@/components/ui/hydrated-control";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/lib/domain/import/parse";
import type { DateFormat } from "@/lib/domain/import/values";

const DATE_FORMATS = [
  ["ISO", "2026-12-31"],
  ["DMY", "31/12/2026"],
] as const;

/** The first step of an import: the CSV file and how its dates are written. */
export function FilePicker({
  dateFormat,
  disabled,
  onFile,
  onDateFormat,
}: {
  dateFormat: DateFormat;
  disabled: boolean;
  onFile(event: ChangeEvent<HTMLInputElement>): void;
  onDateFormat(format: DateFormat): void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-6">
      <div>
        <label htmlFor="import-file" className={labelClass}>
          CSV file
        </label>
        <HydratedControl
          as="input"
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          disabled={disabled}
          onChange={onFile}
          aria-describedby="import-file-hint"
          className="mt-1 block text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
        />
        <p id="import-file-hint" className="mt-1 text-xs text-slate-500">
          UTF-8, comma or semicolon separated, up to {MAX_FILE_BYTES / 1024 / 1024} MB and{" "}
          {MAX_ROWS.toLocaleString("en-US")} rows.
        </p>
      </div>
      <fieldset>
        <legend className={labelClass}>Dates in the file</legend>
        <div className="mt-1 flex gap-4 text-sm">
          {DATE_FORMATS.map(([value, example]) => (
            <label key={value} className="flex items-center gap-1.5">
              <HydratedControl
                as="input"
                type="radio"
                name="date-format"
                value={value}
                checked={dateFormat === value}
                disabled={disabled}
                onChange={() => onDateFormat(value)}
              />
              {example}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
