import Link from "@/components/ui/link";
import { rowLink } from "@/components/ui/table";
import { HealthBadge } from "@/components/drilldown/badges";
import { EmptyState } from "@/components/ui/empty-state";
import { days, formatDate, isoDate } from "@/components/drilldown/format";
import { TIER_LABEL } from "@/components/portfolio/labels";
import { Badge } from "@/components/ui/badge";
import type { Attention, MyAccountRow } from "@/lib/domain/check-ins/my-accounts";
import { LogCheckInButton } from "./check-in-launcher-client";

const ATTENTION: Record<Attention, { label: string; tone: "rose" | "amber" | "indigo" | "slate" } | null> = {
  overdue: { label: "Check-in overdue", tone: "rose" },
  at_risk: { label: "Health at risk", tone: "amber" },
  renewal: { label: "Renews soon", tone: "indigo" },
  ok: null,
  inactive: { label: "Not active", tone: "slate" },
};

function dueText(row: MyAccountRow): string {
  if (row.attention === "inactive") return "Not tracked while the account is not active";
  if (row.lastCheckInAt === null) return "Due now: never checked in";
  if (row.daysUntilDue < 0) return `Was due ${formatDate(row.nextDueAt)} (${days(-row.daysUntilDue)} ago)`;
  if (row.daysUntilDue === 0) return `Due today`;
  return `Due ${formatDate(row.nextDueAt)} (in ${days(row.daysUntilDue)})`;
}

/** The AM's book as cards that read the same at 390 px and 1440 px: why it is here, health, recency, next due. */
export function MyAccountsList({ slug, rows }: { slug: string; rows: MyAccountRow[] }) {
  if (rows.length === 0) return <EmptyState>You do not own any accounts yet.</EmptyState>;
  return (
    <ol className="divide-y divide-slate-100" data-testid="my-accounts">
      {rows.map((row) => {
        const attention = ATTENTION[row.attention];
        const label = `${row.clientName} · ${row.name}`;
        return (
          <li
            key={row.id}
            data-testid="my-account"
            data-account-id={row.id}
            data-overdue={row.overdue}
            className="grid gap-3 py-4 first:pt-0 last:pb-0 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center"
          >
            <div className="min-w-0">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <h3 className="min-w-0 text-sm">
                  <span className="text-slate-600">{row.clientName} · </span>
                  <Link href={`/${slug}/accounts/${row.id}`} className={rowLink}>
                    {row.name}
                  </Link>
                </h3>
                <Badge>{TIER_LABEL[row.tier]}</Badge>
                {attention && (
                  <span data-testid={row.overdue ? "overdue-badge" : undefined}>
                    <Badge tone={attention.tone}>{attention.label}</Badge>
                  </span>
                )}
                {row.overdue && row.attention !== "overdue" && <Badge tone="rose">Check-in overdue</Badge>}
              </div>
              <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
                <div>
                  <dt className="text-xs text-slate-500">Health</dt>
                  <dd className="flex items-center gap-1.5" data-testid="health">
                    {row.health !== null && <span className="font-mono font-semibold tabular-nums">{row.health}</span>}
                    <HealthBadge band={row.band} />
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-slate-500">Last check-in</dt>
                  <dd className="text-slate-900" data-testid="last-check-in">
                    {row.daysSinceCheckIn === null
                      ? "Never"
                      : row.daysSinceCheckIn === 0
                        ? "Today"
                        : `${days(row.daysSinceCheckIn)} ago`}
                  </dd>
                </div>
                <div className="col-span-2 sm:col-span-1">
                  <dt className="text-xs text-slate-500">Next check-in</dt>
                  <dd className={row.overdue ? "font-medium text-rose-700" : "text-slate-900"} data-testid="next-due">
                    {row.attention === "inactive" ? (
                      <span className="text-slate-500">{dueText(row)}</span>
                    ) : (
                      <>
                        <time dateTime={isoDate(row.nextDueAt)}>{dueText(row)}</time>
                        <span className="block text-xs font-normal text-slate-500">every {days(row.cadenceDays)}</span>
                      </>
                    )}
                  </dd>
                </div>
                <div className="col-span-2 sm:col-span-1">
                  <dt className="text-xs text-slate-500">Renewal</dt>
                  <dd className="text-slate-900">
                    {formatDate(row.renewalDate)}
                    {row.daysToRenewal !== null && row.daysToRenewal >= 0 && (
                      <span className="block text-xs text-slate-500">in {days(row.daysToRenewal)}</span>
                    )}
                  </dd>
                </div>
              </dl>
            </div>
            <div className="sm:w-32 sm:text-right">
              {row.attention !== "inactive" && (
                <LogCheckInButton accountId={row.id} label={`Log check-in for ${label}`} />
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
