export type BarListRow = { key: string; label: string; value: number; color: string; display?: string };

/**
 * A labelled horizontal bar per row: the words and the number are text, the bar only adds the shape, so it reads
 * the same to screen readers and with any colour vision.
 */
export function BarList({ rows, label, testId }: { rows: BarListRow[]; label: string; testId?: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <ul aria-label={label} className="space-y-2.5" data-testid={testId}>
      {rows.map((row) => (
        <li key={row.key} data-key={row.key}>
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="text-slate-700">{row.label}</span>
            <span className="font-mono text-slate-900 tabular-nums">{row.display ?? row.value}</span>
          </div>
          <div aria-hidden="true" className="mt-1 h-2 rounded-full bg-slate-100">
            <div
              className="h-2 rounded-full"
              style={{ width: `${(row.value / max) * 100}%`, backgroundColor: row.color }}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
