import type { ExportKind } from "@/lib/domain/export/filters";

/** "Export CSV" for a list: a plain download link to /api/agencies/<slug>/export/<kind> with the list's filters. */
export function ExportLink({
  slug,
  kind,
  search = "",
  what,
  className = "",
}: {
  slug: string;
  kind: ExportKind;
  /** The list's current filters as a query string, without "?". */
  search?: string;
  /** Read by screen readers after "Export CSV", e.g. "projects". */
  what: string;
  className?: string;
}) {
  const href = `/api/agencies/${slug}/export/${kind}${search ? `?${search}` : ""}`;
  return (
    <a
      href={href}
      download
      aria-label={`Export CSV: ${what}`}
      data-testid={`export-${kind}`}
      className={`inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 ${className}`}
    >
      Export CSV
    </a>
  );
}

/** A list's filters as the export route's query string; unset values are left out. */
export function exportSearch(filters: Record<string, string | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params.toString();
}
