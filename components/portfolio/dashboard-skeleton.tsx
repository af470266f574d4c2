/** Grey blocks in the dashboard's shape, while the first data for a view loads. */
export function DashboardSkeleton() {
  const block = "animate-pulse rounded-xl border border-slate-200 bg-white";
  return (
    <div aria-busy="true" aria-label="Loading the portfolio" className="space-y-6">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className={`${block} h-24`} />
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className={`${block} h-80 lg:col-span-2`} />
        <div className={`${block} h-80`} />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className={`${block} h-64`} />
        <div className={`${block} h-64`} />
        <div className={`${block} h-64`} />
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
