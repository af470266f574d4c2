import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { SectionCards } from "@/components/ui/section-cards";
import { requireMember } from "@/lib/auth/membership";
import { ScopeRequestImport } from "@/components/commercial/scope-request-import-client";
import { TimesheetImport } from "@/components/commercial/timesheet-import-client";
import { ExportList } from "./export-list";
import { ImportClient } from "./import-client";

export const metadata: Metadata = { title: "Import and export" };

type Props = { params: Promise<{ agency: string }> };

/**
 * Leaders bring spreadsheets in (clients, accounts and contacts; timesheets; scope requests) and take any list out as
 * CSV. Value history has no import: the database records it from every edit and import of an account's value.
 */
export default async function ImportPage({ params }: Props) {
  const { agency } = await params;
  const slug = (await requireMember(agency, "import:run")).agencySlug;
  return (
    <>
      <PageHeader
        title="Import and export"
        description="Bring clients, accounts and contacts, timesheets or scope requests in from a spreadsheet, or take any list out as CSV."
      />
      <div className="space-y-6">
        <SectionCards
          sections={[
            {
              id: "import",
              title: "Import from CSV",
              description: (
                <>
                  One row per account (or per client or contact). Existing clients are matched by name, accounts by
                  client and account name, contacts by email: importing the same file twice changes nothing. The whole
                  file imports, or nothing does.{" "}
                  <a href="/import-template.csv" download className="font-medium text-indigo-700 underline">
                    Download the template
                  </a>
                  .
                </>
              ),
              body: <ImportClient slug={slug} />,
            },
            {
              id: "timesheets",
              title: "Import timesheets",
              description:
                "One row per person, day, client and project with hours (Harvest, Toggl, Clockify or a spreadsheet). Rows match clients by name and accounts by name, or the client's only live account. The whole file imports, or nothing does; importing it again changes nothing.",
              body: <TimesheetImport slug={slug} />,
            },
            {
              id: "scope-requests",
              title: "Import scope requests",
              description:
                "One row per out-of-scope request: the date asked, client (and account when it has several), who asked (a contact's name, optional), the request, the estimate in hours and the decision (declined, absorbed or change order). A request already logged on the same account, day and wording is updated, not repeated. The whole file imports, or nothing does.",
              body: <ScopeRequestImport slug={slug} />,
            },
            {
              id: "export",
              title: "Export to CSV",
              description: "Every list, as your role may see it, with a byte-order mark so Excel reads accents.",
              body: <ExportList slug={slug} />,
            },
          ]}
        />
      </div>
    </>
  );
}
