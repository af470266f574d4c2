import type { ReactNode } from "react";

/**
 * The header styles for tables: a header cell's classes (`th`), and a header row that takes its cells as labels
 * (`<HeaderRow cells={["Name", { label: "Value", className: "text-right" }]} />`). Thin markup on purpose: each table
 * keeps its own rows, widths and scroll wrapper (TableScroll in ./empty-state.tsx).
 *
 * Three looks: `panel` (small grey labels over a rule, the first and last cells flush with the table's edges),
 * `compact` (the same, tighter, for the small "show the numbers" tables inside cards), and `caps` (uppercase labels,
 * padded on every side) for the full-width list pages, whose `<thead>` may take classes of its own (e.g. hidden on
 * phones, where the rows stack as cards).
 */
export const th = "px-3 py-2 text-left font-medium whitespace-nowrap";
/** A row's name linking to its page (the first cell of list tables). */
export const rowLink =
  "font-medium text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600";
const rule = "border-b border-slate-200 text-xs text-slate-500";
/** Per look: the header cells' classes, the header row's, and whether the outer cells sit flush with the edges. */
const LOOKS = {
  panel: { cell: th, row: rule, flush: true },
  compact: { cell: "px-3 py-1 text-left font-medium", row: rule, flush: true },
  caps: {
    cell: "px-3 py-2 text-left text-xs font-medium tracking-wide whitespace-nowrap text-slate-500 uppercase",
    row: undefined,
    flush: false,
  },
} as const;

type Cell = ReactNode | { label: ReactNode; className?: string };

function isLabelled(cell: Cell): cell is { label: ReactNode; className?: string } {
  return typeof cell === "object" && cell !== null && "label" in cell;
}

/** A number column's header cell: right-aligned, like the figures under it. */
export function numeric(label: ReactNode, className = ""): Cell {
  return { label, className: `text-right ${className}`.trim() };
}

/** A header cell heard by screen readers only, over a column of controls (e.g. "Actions"). */
export function srOnly(label: string, className = ""): Cell {
  return { label: <span className="sr-only">{label}</span>, className };
}

export function HeaderRow({
  cells,
  look = "panel",
  className,
}: {
  /** Falsy cells are left out, so a column can be conditional (`canManage && { label: ... }`). */
  cells: readonly (Cell | false | null | undefined)[];
  look?: keyof typeof LOOKS;
  /** Classes for the `<thead>` itself. */
  className?: string;
}) {
  const { cell: base, row, flush } = LOOKS[look];
  const shown = cells.filter((cell): cell is Cell => cell !== false && cell !== null && cell !== undefined);
  return (
    <thead className={className}>
      <tr className={row}>
        {shown.map((cell, i) => {
          const edge = !flush ? "" : i === 0 ? "pl-0" : i === shown.length - 1 ? "pr-0" : "";
          const { label, className = "" } = isLabelled(cell) ? cell : { label: cell };
          return (
            <th key={i} scope="col" className={`${base} ${edge} ${className}`.replace(/\s+/g, " ").trim()}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
