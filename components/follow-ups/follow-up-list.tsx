import Link from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { MemberContext } from "@/lib/auth/membership";
import { mayManageFollowUp } from "@/lib/domain/follow-ups/access";
import type { FollowUpItem } from "@/lib/domain/follow-ups/queries";
import { SIGNAL_LABEL, isSignalType } from "@/lib/domain/follow-ups/rules";
import { FollowUpControls, type MemberOption } from "./follow-up-controls-client";

const day = (d: Date) =>
  d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** Follow-ups as a list of cards: what, why, whose, due when; the controls where the member may act. */
export function FollowUpList({
  member,
  items,
  members,
  today,
  empty,
  showAccount = true,
}: {
  member: MemberContext;
  items: FollowUpItem[];
  members: MemberOption[];
  today: Date;
  empty: string;
  showAccount?: boolean;
}) {
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  const todayIso = today.toISOString().slice(0, 10);
  return (
    <ul className="space-y-3" aria-label="Follow-ups">
      {items.map((item) => {
        const overdue = item.status === "OPEN" && item.dueDate.toISOString().slice(0, 10) < todayIso;
        const manageable =
          item.status === "OPEN" &&
          mayManageFollowUp(member, { assigneeId: item.assigneeId, accountAmId: item.accountAmId });
        return (
          <li key={item.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">{item.title}</p>
                <p className="mt-0.5 text-sm text-slate-600">
                  {showAccount && item.accountId && (
                    <>
                      <Link
                        className="text-indigo-700 underline-offset-2 hover:underline"
                        href={`/${member.agencySlug}/accounts/${item.accountId}`}
                      >
                        {item.clientName} · {item.accountName}
                      </Link>
                      {" · "}
                    </>
                  )}
                  {item.assigneeName ?? "Leaders"}
                </p>
              </div>
              <div className="flex flex-wrap gap-1.5">
                <Badge tone="indigo">
                  {item.signalType && isSignalType(item.signalType) ? SIGNAL_LABEL[item.signalType] : "Manual"}
                </Badge>
                {item.status === "OPEN" ? (
                  <Badge tone={overdue ? "rose" : "slate"}>
                    {overdue ? "Overdue, due" : "Due"} {day(item.dueDate)}
                  </Badge>
                ) : (
                  <Badge tone="emerald">
                    {item.status === "RESOLVED_BY_DATA" ? "Resolved by data" : "Done"}
                    {item.closedAt ? ` ${day(item.closedAt)}` : ""}
                  </Badge>
                )}
              </div>
            </div>
            {item.reason && <p className="mt-2 text-sm text-slate-700">{item.reason}</p>}
            {item.status !== "OPEN" && item.outcome && (
              <p className="mt-2 text-sm text-slate-700">
                <span className="font-medium">Outcome:</span> {item.outcome}
              </p>
            )}
            {manageable && (
              <div className="mt-3">
                <FollowUpControls
                  slug={member.agencySlug}
                  followUpId={item.id}
                  title={item.title}
                  assigneeId={item.assigneeId}
                  members={members}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
