import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Signal } from "@/lib/domain/portfolio/signal-types";
import { SEVERITY_ORDER, SIGNAL_TYPE_ORDER } from "@/lib/domain/portfolio/signal-types";
import { SEVERITY_LABEL, SEVERITY_TONE, SIGNAL_LABEL } from "./labels";
import { SubjectLink } from "./subject-link";

/** Every signal, grouped by type with a count; each group opens to its reasons. Types with none say so. */
export function AllSignals({ slug, signals }: { slug: string; signals: Signal[] }) {
  return (
    <Card
      id="all-signals"
      title={`All signals (${signals.length})`}
      description="Grouped by type. Open a group to read each reason."
    >
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {SIGNAL_TYPE_ORDER.map((type) => {
          const group = signals.filter((s) => s.type === type);
          const severity = SEVERITY_ORDER.find((sev) => group.some((s) => s.severity === sev));
          return (
            <li key={type} data-signal-group={type}>
              {group.length === 0 ? (
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
                    <span className="font-mono text-slate-700 tabular-nums">{group.length}</span>
                  </summary>
                  <ul className="space-y-2 px-4 pb-3 pl-10 text-sm text-slate-700">
                    {group.map((signal, i) => (
                      <li key={`${signal.subject.id}-${i}`} data-signal-type={signal.type}>
                        <SubjectLink slug={slug} subject={signal.subject} />
                        <span className="text-slate-500"> · </span>
                        {signal.reason}
                      </li>
                    ))}
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
