import { buttonClass } from "@/components/ui/button-class";
import { inputClass, labelClass } from "@/components/ui/field";

const EXPORTS = [
  { kind: "accounts", label: "Accounts", note: "In the import's format: edit and import it back." },
  { kind: "clients", label: "Clients", note: "With their active accounts and monthly value." },
  { kind: "projects", label: "Projects", note: "Every active project with status, budget and burn." },
  { kind: "am-load", label: "AM load", note: "Accounts and weighted load per AM against the guideline." },
  { kind: "hours", label: "Hours", note: "Timesheet entries, in the timesheet import's format." },
  { kind: "scope-requests", label: "Scope requests", note: "In the scope-request import's format." },
  {
    kind: "value-history",
    label: "Value history",
    note: "Every dated change of an account's monthly value or owner. Kept from edits and imports: export only.",
  },
] as const;

/** Every list as a CSV download, and the check-ins of a date range; the API checks the role, as for the lists. */
export function ExportList({ slug }: { slug: string }) {
  const api = `/api/agencies/${slug}/export`;
  return (
    <>
      <ul className="grid gap-3 sm:grid-cols-2">
        {EXPORTS.map((e) => (
          <li key={e.kind} className="flex items-start justify-between gap-3 rounded-lg border border-slate-200 p-3">
            <div>
              <p className="text-sm font-medium text-slate-900">{e.label}</p>
              <p className="text-xs text-slate-600">{e.note}</p>
            </div>
            <a
              href={`${api}/${e.kind}`}
              download
              aria-label={`Export CSV: ${e.label}`}
              className={buttonClass("secondary", "shrink-0")}
            >
              Export CSV
            </a>
          </li>
        ))}
      </ul>
      <form
        action={`${api}/check-ins`}
        method="get"
        className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 p-3"
      >
        <p className="w-full text-sm font-medium text-slate-900">Check-ins, agency-wide</p>
        <div>
          <label htmlFor="checkins-from" className={labelClass}>
            From
          </label>
          <input id="checkins-from" name="from" type="date" className={`${inputClass} mt-1`} />
        </div>
        <div>
          <label htmlFor="checkins-to" className={labelClass}>
            To
          </label>
          <input id="checkins-to" name="to" type="date" className={`${inputClass} mt-1`} />
        </div>
        <button type="submit" aria-label="Export CSV: Check-ins" className={buttonClass("secondary")}>
          Export CSV
        </button>
      </form>
    </>
  );
}
