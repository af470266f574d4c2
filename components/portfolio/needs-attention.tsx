import { SeeAllLink } from "@/components/ui/see-all-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { AttentionItem } from "@/lib/domain/portfolio/dashboard";
import { SEVERITY_LABEL, SEVERITY_TONE, SIGNAL_LABEL, formatMoney } from "./labels";
import { SUBJECT_KIND_LABEL, SubjectLink } from "./subject-link";

type Props = {
  slug: string;
  items: AttentionItem[];
  currency: string;
  /** Subjects in the whole ranking; the dashboard shows its top, the full list page pages through the rest. */
  total: number;
  /** The full, paged list; left out on that page itself. */
  fullListHref?: string;
  /** Rank of the first item (the full list's later pages). */
  firstRank?: number;
};

/** The subjects most in need of a leader's attention, ranked, each with every reason in plain language. */
export function NeedsAttention({ slug, items, currency, total, fullListHref, firstRank = 1 }: Props) {
  return (
    <Card
      id="needs-attention"
      title="Needs attention"
      description="Ranked by how serious and how many the signals are, then by the revenue involved."
      className="min-w-0"
    >
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing needs attention in this view. Every signal is clear.</p>
      ) : (
        <ol className="divide-y divide-slate-100" data-testid="needs-attention">
          {items.map((item, index) => (
            <li key={`${item.subject.kind}:${item.subject.id}`} className="flex gap-3 py-3 first:pt-0 last:pb-0">
              <span aria-hidden="true" className="w-5 shrink-0 pt-0.5 text-right font-mono text-xs text-slate-500">
                {firstRank + index}
              </span>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <SubjectLink slug={slug} subject={item.subject} />
                  <span className="text-xs text-slate-500">{SUBJECT_KIND_LABEL[item.subject.kind]}</span>
                  <Badge tone={SEVERITY_TONE[item.severity]}>{SEVERITY_LABEL[item.severity]}</Badge>
                  {item.monthlyValue > 0 && (
                    <span className="text-xs text-slate-500">{formatMoney(item.monthlyValue, currency)}/month</span>
                  )}
                </div>
                <ul className="mt-1.5 space-y-1 text-sm text-slate-700">
                  {item.reasons.map((reason, i) => (
                    <li key={i} data-signal-type={reason.type}>
                      <span className="font-medium text-slate-900">{SIGNAL_LABEL[reason.type]}:</span> {reason.reason}
                    </li>
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ol>
      )}
      {fullListHref && total > items.length && (
        <p className="mt-4 text-sm text-slate-600">
          Showing the top {items.length} of {total} subjects. <SeeAllLink href={fullListHref} total={total} />
        </p>
      )}
    </Card>
  );
}
