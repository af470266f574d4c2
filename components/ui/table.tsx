import type { ReactNode } from "react";

/**
 * The one header style for tables: a header cell's classes (`th`), and a header row that takes its cells as labels
 * (`<HeaderRow cells={["Name", { label: "Value", className: "text-right" }]} />`). Thin markup on purpose: each table
 * keeps its own rows, widths and scroll wrapper (TableScroll in ./empty-state.tsx).
 */
export const th = "px-3 py-2 text-left font-medium whitespace-nowrap";

type Cell = ReactNode | { label: ReactNode; className?: string };

function isLabelled(cell: Cell): cell is { label: ReactNode; className?: string } {
  return typeof cell === "object" && cell !== null && "label" in cell;
}

export function HeaderRow({ cells }: { cells: readonly Cell[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-200 text-xs text-slate-500">
        {cells.map((cell, i) => {
          const edge = i === 0 ? "pl-0" : i === cells.length - 1 ? "pr-0" : "";
          const { label, className = "" } = isLabelled(cell) ? cell : { label: cell };
          return (
            <th key={i} scope="col" className={`${th} ${edge} ${className}`.trim()}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
