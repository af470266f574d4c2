import type { ReactNode } from "react";

/**
 * The header styles for tables: a header cell's classes (`th`), and a header row that takes its cells as labels
 * (`<HeaderRow cells={["Name", { label: "Value", className: "text-right" }]} />`). Thin markup on purpose: each table
 * keeps its own rows, widths and scroll wrapper (TableScroll in ./empty-state.tsx).
 *
 * Two looks: the default (small grey labels over a rule, the first and last cells flush with the table's edges) for
 * panels, and `caps` (uppercase labels, padded on every side) for the full-width list pages, whose `<thead>` may take
 * classes of its own (e.g. hidden on phones, where the rows stack as cards).
 */
export const th = "px-3 py-2 text-left font-medium whitespace-nowrap";
export const capsTh =
  "px-3 py-2 text-left text-xs font-medium tracking-wide whitespace-nowrap text-slate-500 uppercase";

type Cell = ReactNode | { label: ReactNode; className?: string };

function isLabelled(cell: Cell): cell is { label: ReactNode; className?: string } {
  return typeof cell === "object" && cell !== null && "label" in cell;
}

export function HeaderRow({
  cells,
  caps = false,
  className,
}: {
  /** Falsy cells are left out, so a column can be conditional (`canManage && { label: ... }`). */
  cells: readonly (Cell | false | null | undefined)[];
  caps?: boolean;
  /** Classes for the `<thead>` itself. */
  className?: string;
}) {
  const shown = cells.filter((cell): cell is Cell => cell !== false && cell !== null && cell !== undefined);
  return (
    <thead className={className}>
      <tr className={caps ? undefined : "border-b border-slate-200 text-xs text-slate-500"}>
        {shown.map((cell, i) => {
          const edge = caps ? "" : i === 0 ? "pl-0" : i === shown.length - 1 ? "pr-0" : "";
          const { label, className = "" } = isLabelled(cell) ? cell : { label: cell };
          return (
            <th
              key={i}
              scope="col"
              className={`${caps ? capsTh : th} ${edge} ${className}`.replace(/\s+/g, " ").trim()}
            >
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
