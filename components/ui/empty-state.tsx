import type { ReactNode } from "react";

/** What a section says when it has nothing to show yet. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">
      {children}
    </p>
  );
}

/** A horizontally scrollable table wrapper that keyboard users can scroll too (see also ./table.tsx). */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative -mx-4 overflow-x-auto px-4 focus-visible:outline-2 focus-visible:outline-indigo-600 sm:mx-0 sm:px-0"
    >
      {children}
    </div>
  );
}
