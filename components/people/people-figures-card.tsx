import Link from "@/components/ui/link";
import { Card } from "@/components/ui/card";
import type { summarizeTenure } from "@/lib/domain/people/figures";

const months = (n: number | null) => (n === null ? "—" : `${n} month${n === 1 ? "" : "s"}`);

/** The dashboard's people figures: departures in 12 months and tenure, next to the load they often follow. */
export function PeopleFiguresCard({ slug, figures }: { slug: string; figures: ReturnType<typeof summarizeTenure> }) {
  return (
    <Card
      id="people-figures"
      title="AM departures and tenure"
      description="Turnover is costly for the agency and disruptive for clients."
    >
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-3" data-testid="people-figures">
        <div>
          <dt className="text-xs text-slate-600">AM departures, last 12 months</dt>
          <dd className="text-xl font-semibold text-slate-900">{figures.departures12Months}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Average tenure of current AMs</dt>
          <dd className="text-xl font-semibold text-slate-900">{months(figures.averageTenureMonths)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-600">Average tenure of those who left</dt>
          <dd className="text-xl font-semibold text-slate-900">{months(figures.averageTenureOfLeaversMonths)}</dd>
        </div>
      </dl>
      <p className="mt-3 text-sm">
        <Link className="text-indigo-700 underline" href={`/${slug}/people`}>
          People: levels, 1:1s and development plans
        </Link>
      </p>
    </Card>
  );
}
