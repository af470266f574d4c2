import { formatMoney } from "@/components/portfolio/labels";
import { ACCOUNTS_PER_AM_SOURCE } from "@/lib/domain/portfolio/guideline";
import { formatAmount } from "@/lib/domain/portfolio/text";
import type { AmPageData } from "@/lib/domain/portfolio/am-page";
import { AmStatusBadge } from "./badges";
import { Stat } from "./breadcrumbs";
import { LoadGauge, loadStatement } from "./load-gauge";

/** Name, status, the load statement against the guideline and the gauge. */
export function AmHeader({ data }: { data: AmPageData }) {
  const { am, book, guideline, rows, settings } = data;
  const bookValue = rows.filter((r) => r.countsTowardLoad).reduce((sum, r) => sum + r.monthlyValue, 0);
  const overdue = rows.filter((r) => r.overdue).length;
  return (
    <section aria-labelledby="am-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="am-heading" className="text-2xl font-semibold tracking-tight text-slate-900">
          {am.name}
        </h1>
        <AmStatusBadge status={book.status} />
        {!am.active && <span className="text-sm text-slate-500">(membership inactive)</span>}
      </div>
      <p className="mt-1 text-sm text-slate-600">Account manager · {settings.name}</p>
      <p className="mt-4 text-base text-slate-800" data-testid="load-statement">
        {loadStatement(book, guideline)}
      </p>
      <div className="mt-4 max-w-xl">
        <LoadGauge book={book} guideline={guideline} />
      </div>
      <dl className="mt-5 grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Stat label="Accounts (load)" value={String(book.load)} hint="active and at-risk" />
        <Stat label="Weighted load" value={formatAmount(book.weightedLoad)} hint="low 0.5 · standard 1 · high 1.5" />
        <Stat label="Overdue check-ins" value={String(overdue)} />
        <Stat label="Monthly value" value={formatMoney(bookValue, settings.currency)} />
      </dl>
      <p className="mt-4 text-xs text-slate-500">
        The status uses the weighted load. Guideline: {ACCOUNTS_PER_AM_SOURCE.document} (
        {ACCOUNTS_PER_AM_SOURCE.citations.join("; ")})
        {guideline.source === "override" ? ", overridden by the agency." : "."}
      </p>
    </section>
  );
}
