import Link from "@/components/ui/link";
import { SIGNAL_LABEL } from "@/components/portfolio/labels";
import { SUBJECT_KIND_LABEL, SubjectLink } from "@/components/portfolio/subject-link";
import type { Signal } from "@/lib/domain/portfolio/signal-types";
import { SeverityBadge } from "./badges";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  slug: string;
  signals: Signal[];
  empty: string;
  /** Where every signal is listed, paged; given, only the first SIGNALS_SHOWN are rendered here. */
  moreHref?: string;
};

/** Enough to act on; a large book's hundreds of signals are one link away. */
export const SIGNALS_SHOWN = 10;

/** Signals, most severe first, each with its plain-language reason. */
export function SignalList({ slug, signals, empty, moreHref }: Props) {
  if (signals.length === 0) return <EmptyState>{empty}</EmptyState>;
  const shown = moreHref ? signals.slice(0, SIGNALS_SHOWN) : signals;
  return (
    <>
      <ul className="divide-y divide-slate-100" data-testid="signal-list">
        {shown.map((signal) => (
          <li key={`${signal.type}:${signal.subject.kind}:${signal.subject.id}`} className="py-3 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center gap-2">
              <SeverityBadge severity={signal.severity} />
              <span className="text-sm font-medium text-slate-900">{SIGNAL_LABEL[signal.type]}</span>
            </div>
            <p className="mt-1 text-sm">
              <span className="sr-only">{SUBJECT_KIND_LABEL[signal.subject.kind]}: </span>
              <SubjectLink slug={slug} subject={signal.subject} />
            </p>
            <p className="mt-1 text-sm text-slate-700">{signal.reason}</p>
          </li>
        ))}
      </ul>
      {moreHref && signals.length > shown.length && (
        <p className="mt-3 text-sm text-slate-600">
          {shown.length} of {signals.length} shown.{" "}
          <Link href={moreHref} prefetch={false} className="font-medium text-indigo-700 underline underline-offset-2">
            All of them, ranked
          </Link>
        </p>
      )}
    </>
  );
}

/** The "Signals" card of a drill-down page: what its signals are about, then the list. */
export function SignalsCard({ about, className = "min-w-0", ...list }: Props & { about: string; className?: string }) {
  return (
    <Card id="signals" title="Signals" description={about} className={className}>
      <SignalList {...list} />
    </Card>
  );
}
