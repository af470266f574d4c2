import type { ReactNode } from "react";
import type { CheckInView, TimelineEntry } from "@/lib/domain/check-ins/timeline";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import type { Page } from "@/lib/pagination/keyset";
import { CHANNEL_LABEL, REASON_LABEL, SENTIMENT_LABEL } from "@/components/check-ins/labels";
import type { CheckInChannel, SentimentReason } from "@/lib/domain/check-ins/schemas";
import { formatDate, isoDate } from "./format";

const SENTIMENT_TONE = ["", "bg-rose-600", "bg-rose-400", "bg-slate-400", "bg-emerald-400", "bg-emerald-600"];

function Sentiment({ value, reason }: { value: number; reason: string | null }) {
  return (
    <span className="inline-flex items-center gap-1.5 text-sm text-slate-700">
      <span aria-hidden="true" className="flex gap-0.5">
        {[1, 2, 3, 4, 5].map((i) => (
          <span key={i} className={`size-2 rounded-full ${i <= value ? SENTIMENT_TONE[value] : "bg-slate-200"}`} />
        ))}
      </span>
      <span>
        Sentiment {value}/5 ({(SENTIMENT_LABEL[value] ?? "").toLowerCase()}
        {reason ? `, about ${(REASON_LABEL[reason as SentimentReason] ?? reason).toLowerCase()}` : ""})
      </span>
    </span>
  );
}

/** The newest check-ins first: when, how, how the client felt and why, what was said and what happens next. */
export function CheckInTimeline({
  checkIns,
  pager,
}: {
  /** `accountName` is shown when given (a client's timeline spans its accounts). */
  checkIns: (CheckInView & { accountName?: string })[];
  /** The timeline's pager (it is read one page at a time). */
  pager?: ReactNode;
}) {
  if (checkIns.length === 0) return <EmptyState>No check-ins yet.</EmptyState>;
  return (
    <>
      <ol className="relative space-y-5 border-l border-slate-200 pl-5" data-testid="check-in-timeline">
        {checkIns.map((ci) => (
          <li key={ci.id} className="relative">
            <span
              aria-hidden="true"
              className="absolute top-1.5 -left-[25px] size-2.5 rounded-full bg-indigo-500 ring-4 ring-white"
            />
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <time dateTime={isoDate(ci.occurredAt)} className="text-sm font-semibold text-slate-900">
                {formatDate(ci.occurredAt)}
              </time>
              {ci.accountName && <span className="text-sm font-medium text-slate-700">{ci.accountName}</span>}
              <span className="text-sm text-slate-600">
                {CHANNEL_LABEL[ci.channel as CheckInChannel] ?? ci.channel}
              </span>
              <Sentiment value={ci.sentiment} reason={ci.sentimentReason} />
            </div>
            <p className="mt-1 text-sm text-slate-800">{ci.summary}</p>
            {ci.nextSteps && (
              <p className="mt-1 text-sm text-slate-700">
                <span className="font-medium">Next steps:</span> {ci.nextSteps}
              </p>
            )}
            <p className="mt-1 text-xs text-slate-500">
              {ci.attendees.length > 0 ? `With ${ci.attendees.join(", ")}` : "No client contacts recorded"} · logged by{" "}
              {ci.authorName}
              {ci.nextDueAt && ` · next due ${formatDate(ci.nextDueAt)}`}
            </p>
          </li>
        ))}
      </ol>
      {pager}
    </>
  );
}

/** The "Check-ins" card of the account and client pages: one page of the timeline and its pager. */
export function CheckInTimelineCard({
  base,
  search,
  timeline,
  description,
}: {
  /** The page the pager links back to. */
  base: string;
  search: Record<string, string | string[] | undefined>;
  timeline: Page<TimelineEntry> & { total: number };
  description: ReactNode;
}) {
  return (
    <Card id="check-ins" title="Check-ins" description={description}>
      <CheckInTimeline
        checkIns={timeline.items}
        pager={<Pager base={base} search={search} page={timeline} noun="check-in" />}
      />
    </Card>
  );
}
