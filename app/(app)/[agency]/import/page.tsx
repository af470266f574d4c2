import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { inputClass, labelClass } from "@/components/ui/field";
import { requireMember } from "@/lib/auth/membership";
import { ScopeRequestImport } from "@/components/commercial/scope-request-import-client";
import { TimesheetImport } from "@/components/commercial/timesheet-import-client";
import { ImportClient } from "./import-client";

export const metadata: Metadata = { title: "Import and export" };

type Props = { params: Promise<{ agency: string }> };

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

/**
 * Leaders bring spreadsheets in (clients, accounts and contacts; timesheets; scope requests) and take any list out as
 * CSV. Value history has no import: the database records it from every edit and import of an account's value.
 */
export default async function ImportPage({ params }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "import:run");
  const api = `/api/agencies/${member.agencySlug}/export`;
  return (
    <>
      <PageHeader
        title="Import and export"
        description="Bring clients, accounts and contacts, timesheets or scope requests in from a spreadsheet, or take any list out as CSV."
      />
      <div className="space-y-6">
        <Card
          id="import"
          title="Import from CSV"
          description={
            <>
              One row per account (or per client or contact). Existing clients are matched by name, accounts by client
              and account name, contacts by email: importing the same file twice changes nothing. The whole file
              imports, or nothing does.{" "}
              <a href="/import-template.csv" download className="font-medium text-indigo-700 underline">
                Download the template
              </a>
              .
            </>
          }
        >
          <ImportClient slug={member.agencySlug} />
        </Card>
        <Card
          id="timesheets"
          title="Import timesheets"
          description="One row per person, day, client and project with hours (Harvest, Toggl, Clockify or a spreadsheet). Rows match clients by name and accounts by name, or the client's only live account. The whole file imports, or nothing does; importing it again changes nothing."
        >
          <TimesheetImport slug={member.agencySlug} />
        </Card>
        <Card
          id="scope-requests"
          title="Import scope requests"
          description="One row per out-of-scope request: the date asked, client (and account when it has several), who asked (a contact's name, optional), the request, the estimate in hours and the decision (declined, absorbed or change order). A request already logged on the same account, day and wording is updated, not repeated. The whole file imports, or nothing does."
        >
          <ScopeRequestImport slug={member.agencySlug} />
        </Card>
        <Card
          id="export"
          title="Export to CSV"
          description="Every list, as your role may see it, with a byte-order mark so Excel reads accents."
        >
          <ul className="grid gap-3 sm:grid-cols-2">
            {EXPORTS.map((e) => (
              <li
                key={e.kind}
                className="flex items-start justify-between gap-3 rounded-lg border border-slate-200 p-3"
              >
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
        </Card>
      </div>
    </>
  );
}
