import { TableScroll } from "@/components/ui/empty-state";
import { HeaderRow, numeric } from "@/components/ui/table";
import { isClearMarker } from "@/lib/domain/import/columns";
import type { PreviewResult } from "@/lib/domain/import/mutations";
import type { PlanCounts } from "@/lib/domain/import/plan";
import { ProblemsTable } from "./problems-table";

/** Errors listed in the table at most (the count above it says how many there are in all). */
const ERRORS_SHOWN = 200;
const ENTITY_LABEL: Record<keyof PlanCounts, string> = {
  clients: "Clients",
  accounts: "Accounts",
  contacts: "Contacts",
};

export function CountsTable({ counts, caption }: { counts: PlanCounts; caption: string }) {
  return (
    <table className="w-full max-w-md text-sm" data-testid="import-counts">
      <caption className="sr-only">{caption}</caption>
      <HeaderRow cells={["What", numeric("New"), numeric("Updated"), numeric("Unchanged")]} />
      <tbody>
        {(Object.keys(ENTITY_LABEL) as (keyof PlanCounts)[]).map((entity) => (
          <tr key={entity} className="border-b border-slate-100 last:border-0">
            <th scope="row" className="py-1.5 pr-3 text-left font-normal">
              {ENTITY_LABEL[entity]}
            </th>
            <td className="px-3 py-1.5 text-right font-mono tabular-nums">{counts[entity].created}</td>
            <td className="px-3 py-1.5 text-right font-mono tabular-nums">{counts[entity].updated}</td>
            <td className="py-1.5 pl-3 text-right font-mono tabular-nums">{counts[entity].unchanged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ErrorTable({ preview }: { preview: PreviewResult }) {
  const shown = preview.errors.slice(0, ERRORS_SHOWN);
  const caption = <caption className="sr-only">Problems in the file, by row and column</caption>;
  return (
    <ProblemsTable testId="import-errors" caption={caption} problems={shown}>
      {preview.errorCount > shown.length && (
        <p className="mt-2 text-xs text-slate-600">
          Showing the first {shown.length} of {preview.errorCount} problems.
        </p>
      )}
    </ProblemsTable>
  );
}

/**
 * The file's first rows and every row with a problem, as read; problem rows and cells are highlighted, and "(clear)"
 * cells are marked as the emptying they are.
 */
export function SampleTable({ preview }: { preview: PreviewResult }) {
  const problemCells = new Map<number, Set<string>>();
  for (const e of preview.errors) {
    const set = problemCells.get(e.row) ?? new Set<string>();
    set.add(e.column);
    problemCells.set(e.row, set);
  }
  return (
    <TableScroll label="Rows as read from the file">
      <table className="w-full text-xs" data-testid="import-sample">
        <caption className="sr-only">Rows as read from the file; rows with problems are marked</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-500">
            <th scope="col" className="py-1.5 pr-2 font-medium">
              Row
            </th>
            {preview.headers.map((h, i) => (
              <th key={i} scope="col" className="px-2 py-1.5 font-medium whitespace-nowrap">
                {h || `Column ${i + 1}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.sample.map((row) => {
            const problems = problemCells.get(row.rowNumber);
            return (
              <tr
                key={row.rowNumber}
                data-problem={problems ? "true" : undefined}
                className={`border-b border-slate-100 align-top last:border-0 ${problems ? "bg-rose-50" : ""}`}
              >
                <th scope="row" className="py-1.5 pr-2 text-left font-mono font-normal tabular-nums">
                  {row.rowNumber}
                  {problems && <span className="sr-only"> (has problems)</span>}
                </th>
                {preview.headers.map((h, i) => (
                  <td
                    key={i}
                    className={`max-w-48 truncate px-2 py-1.5 ${problems?.has(h) ? "font-semibold text-rose-800 underline decoration-rose-400 decoration-wavy" : ""}`}
                    title={row.cells[i]}
                  >
                    {isClearMarker(row.cells[i]) ? (
                      <span className="rounded bg-amber-100 px-1 font-mono text-amber-900">
                        {row.cells[i]?.trim()}
                        <span className="sr-only"> (empties the stored value)</span>
                      </span>
                    ) : (
                      row.cells[i]
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
