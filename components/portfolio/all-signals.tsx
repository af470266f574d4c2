import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SeeAllLink } from "@/components/ui/see-all-link";
import type { Signal, SignalType } from "@/lib/domain/portfolio/signal-types";
import { SEVERITY_ORDER, SIGNAL_TYPE_ORDER } from "@/lib/domain/portfolio/signal-types";
import { SEVERITY_LABEL, SEVERITY_TONE, SIGNAL_LABEL } from "./labels";
import { SubjectLink } from "./subject-link";

type Props = {
  slug: string;
  /** The top of each type's group (the dashboard does not carry a large agency's thousands of signals). */
  signals: Signal[];
  counts: Record<SignalType, number>;
  /** The dashboard's filters as a query string, kept on the full list pages. */
  filterSearch: string;
};

/** Every signal type with its count; each group opens to its top reasons and links to the full, paged list. */
export function AllSignals({ slug, signals, counts, filterSearch }: Props) {
  const total = SIGNAL_TYPE_ORDER.reduce((sum, type) => sum + counts[type], 0);
  const fullList = (type: SignalType) =>
    `/${slug}/portfolio/signals?type=${type}${filterSearch ? `&${filterSearch}` : ""}`;
  return (
    <Card
      id="all-signals"
      title={`All signals (${total})`}
      description="Grouped by type. Open a group to read each reason."
    >
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {SIGNAL_TYPE_ORDER.map((type) => {
          const group = signals.filter((s) => s.type === type);
          const count = counts[type];
          const severity = SEVERITY_ORDER.find((sev) => group.some((s) => s.severity === sev));
          return (
            <li key={type} data-signal-group={type}>
              {count === 0 ? (
                <div className="flex items-center justify-between gap-3 px-4 py-2.5 text-sm text-slate-500">
                  <span>{SIGNAL_LABEL[type]}</span>
                  <span>none</span>
                </div>
              ) : (
                <details className="group">
                  <summary className="flex cursor-pointer list-none items-center justify-between gap-3 px-4 py-2.5 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 [&::-webkit-details-marker]:hidden">
                    <span className="flex items-center gap-2">
                      <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-90">
                        ▸
                      </span>
                      <span className="font-medium text-slate-900">{SIGNAL_LABEL[type]}</span>
                      {severity && <Badge tone={SEVERITY_TONE[severity]}>{SEVERITY_LABEL[severity]}</Badge>}
                    </span>
                    <span className="font-mono text-slate-700 tabular-nums">{count}</span>
                  </summary>
                  <ul className="space-y-2 px-4 pb-3 pl-10 text-sm text-slate-700">
                    {group.map((signal, i) => (
                      <li key={`${signal.subject.id}-${i}`} data-signal-type={signal.type}>
                        <SubjectLink slug={slug} subject={signal.subject} />
                        <span className="text-slate-500"> · </span>
                        {signal.reason}
                      </li>
                    ))}
                    {count > group.length && (
                      <li>
                        <SeeAllLink href={fullList(type)} total={count} />
                      </li>
                    )}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
