/** While the AM's book loads (replaces the portfolio dashboard's skeleton, which would mislead here). */
export default function AccountManagerLoading() {
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Loading the account manager…
      </p>
      {[48, 96, 64].map((h) => (
        <div key={h} className="animate-pulse rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <div className="h-5 w-48 rounded bg-slate-200" />
          <div className="mt-4 rounded bg-slate-100" style={{ height: `${h * 2}px` }} />
        </div>
      ))}
    </div>
  );
}
