import type { ReactNode } from "react";
import { TableScroll } from "@/components/ui/empty-state";
import { HeaderRow } from "@/components/ui/table";
import type { RowError } from "@/lib/domain/import/validate";

/** A file's problems by row and column, scrolling sideways on a phone: what every import shows before it imports. */
export function ProblemsTable({
  testId,
  caption,
  problems,
  children,
}: {
  testId: string;
  /** The table's <caption>: read out only, or the count shown above the rows. */
  caption: ReactNode;
  problems: readonly RowError[];
  /** Below the table (e.g. how many more there are). */
  children?: ReactNode;
}) {
  return (
    <TableScroll label="Problems in the file">
      <table className="w-full text-sm" data-testid={testId}>
        {caption}
        <HeaderRow cells={["Row", "Column", "Problem"]} />
        <tbody>
          {problems.map((e, i) => (
            <tr key={`${e.row}-${e.column}-${i}`} className="border-b border-slate-100 align-top last:border-0">
              <td className="py-1.5 pr-3 font-mono tabular-nums">{e.row}</td>
              <td className="px-3 py-1.5 whitespace-nowrap">{e.column}</td>
              <td className="py-1.5 pl-3 text-rose-800">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {children}
    </TableScroll>
  );
}
