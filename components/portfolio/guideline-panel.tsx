import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { HeaderRow, numeric } from "@/components/ui/table";
import { ACCOUNTS_PER_AM_BY_SIZE, ACCOUNTS_PER_AM_SOURCE, type Guideline } from "@/lib/domain/portfolio/guideline";
import { formatRange } from "@/lib/domain/portfolio/text";

type Props = {
  guideline: Guideline;
  agencyName: string;
  employeeCount: number;
  overrideReason?: string | null;
  settingsHref?: string | null;
};

const BAND_NAME = { small: "Small", "mid-size": "Mid-size", large: "Large" } as const;

/** The accounts-per-AM table with its source, the row that applies here, and whether a leader override is in force. */
export function GuidelinePanel({ guideline, agencyName, employeeCount, overrideReason, settingsHref }: Props) {
  const bandRow = ACCOUNTS_PER_AM_BY_SIZE.find((row) => row.band === guideline.band);
  const override = guideline.source === "override";
  return (
    <Card id="guideline" title="Guideline: accounts per AM" className="min-w-0">
      <div data-testid="guideline-panel">
        <p className="text-sm text-slate-700">
          {agencyName} has {employeeCount} employees, a <strong>{guideline.band}</strong> agency.{" "}
          {override ? (
            <>
              <strong>A leader override is in force:</strong> {formatRange(guideline.min, guideline.max)} accounts per
              AM
              {bandRow && ` (the size band would be ${formatRange(bandRow.minAccounts, bandRow.maxAccounts)})`}.
              {overrideReason && <span data-testid="override-reason"> Reason: &ldquo;{overrideReason}&rdquo;</span>}
            </>
          ) : (
            <>
              Each AM should carry <strong>{formatRange(guideline.min, guideline.max)}</strong> weighted accounts.
            </>
          )}
        </p>
        {settingsHref && (
          <p className="mt-2 text-sm">
            <Link href={settingsHref} className="font-medium text-indigo-700 hover:underline">
              Change the employee count or the guideline
            </Link>
          </p>
        )}
        <table className="mt-4 w-full text-sm">
          <caption className="sr-only">Accounts per account manager by agency size</caption>
          <HeaderRow cells={["Agency size", numeric("Accounts per AM")]} />
          <tbody>
            {ACCOUNTS_PER_AM_BY_SIZE.map((row) => {
              const applies = row.band === guideline.band;
              return (
                <tr
                  key={row.band}
                  data-applies={applies || undefined}
                  className={`border-b border-slate-100 last:border-0 ${applies ? "bg-emerald-50" : ""}`}
                >
                  <th scope="row" className="py-2 pr-2 pl-2 text-left font-normal">
                    <span className="flex flex-wrap items-center gap-x-2 font-medium text-slate-800">
                      {BAND_NAME[row.band]}
                      {applies && <Badge tone="emerald">{override ? "your size (overridden)" : "applies here"}</Badge>}
                    </span>
                    <span className="block text-xs text-slate-500">{row.employeesLabel} employees</span>
                  </th>
                  <td className="py-2 pr-2 pl-2 text-right font-mono tabular-nums">
                    {formatRange(row.minAccounts, row.maxAccounts)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="mt-4 text-xs text-slate-600">
          <p>Source: &ldquo;{ACCOUNTS_PER_AM_SOURCE.document}&rdquo;, citing:</p>
          <ul className="mt-1 list-disc pl-5">
            {ACCOUNTS_PER_AM_SOURCE.citations.map((citation) => (
              <li key={citation}>{citation}</li>
            ))}
          </ul>
        </div>
      </div>
    </Card>
  );
}
