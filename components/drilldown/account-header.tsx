import type { ReactNode } from "react";
import { AmLink } from "@/components/portfolio/subject-link";
import { TIER_LABEL, formatMoney } from "@/components/portfolio/labels";
import { calendarDaysBetween } from "@/lib/domain/portfolio/dates";
import { COMPLEXITY_WEIGHT } from "@/lib/domain/portfolio/load";
import type { AccountPageData } from "@/lib/domain/portfolio/account-page";
import { AccountStatusBadge, AmStatusBadge } from "./badges";
import { COMPLEXITY_NAME, KIND_NAME, days, formatDate } from "./format";
import { Badge } from "@/components/ui/badge";

function renewalHint(renewal: Date | null, today: Date): string | undefined {
  if (!renewal) return undefined;
  const left = calendarDaysBetween(today, renewal);
  return left >= 0 ? `in ${days(left)}` : `${days(-left)} ago`;
}

/** Client, account, its commercial facts and the owning AM (linked to their page, with their load status). */
export function AccountHeader({ slug, data, today }: { slug: string; data: AccountPageData; today: Date }) {
  const { account, ownerBook, settings } = data;
  const facts: { label: string; value: ReactNode; hint?: string }[] = [
    { label: "Monthly value", value: formatMoney(account.monthlyValue, settings.currency) },
    {
      label: "Complexity",
      value: COMPLEXITY_NAME[account.complexity],
      hint: `counts ${COMPLEXITY_WEIGHT[account.complexity]} toward load`,
    },
    {
      label: "Account manager",
      value: <AmLink slug={slug} id={account.am.id} name={account.am.name} />,
      hint: ownerBook ? undefined : "no longer an active account manager",
    },
    { label: "Renewal", value: formatDate(account.renewalDate), hint: renewalHint(account.renewalDate, today) },
    account.startDate
      ? { label: "Started", value: formatDate(account.startDate) }
      : { label: "Started", value: "Unknown", hint: "Start date unknown: counted in every month of the load trends" },
  ];
  return (
    <section
      aria-labelledby="account-heading"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <p className="text-sm font-medium text-slate-600">
        {account.client.name}
        {account.client.industry && <span className="font-normal text-slate-500"> · {account.client.industry}</span>}
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <h1 id="account-heading" className="mr-1 text-2xl font-semibold tracking-tight text-slate-900">
          {account.name}
        </h1>
        <Badge tone="indigo">{TIER_LABEL[account.client.tier]}</Badge>
        <Badge>{KIND_NAME[account.kind]}</Badge>
        <AccountStatusBadge status={account.status} />
        {account.archivedAt && <Badge tone="amber">Archived {formatDate(account.archivedAt)}</Badge>}
      </div>
      <dl className="mt-5 grid grid-cols-2 gap-x-4 gap-y-4 sm:grid-cols-3 lg:grid-cols-5">
        {facts.map((fact) => (
          <div key={fact.label} className="min-w-0">
            <dt className="text-xs text-slate-500">{fact.label}</dt>
            <dd className="mt-0.5 text-sm font-semibold text-slate-900">{fact.value}</dd>
            {fact.label === "Account manager" && ownerBook && (
              <dd className="mt-1">
                <AmStatusBadge status={ownerBook.status} />
              </dd>
            )}
            {fact.hint && <dd className="text-xs text-slate-500">{fact.hint}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
