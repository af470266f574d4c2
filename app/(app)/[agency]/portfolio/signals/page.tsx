import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/layout/page-header";
import { SEVERITY_LABEL, SEVERITY_TONE, SIGNAL_LABEL } from "@/components/portfolio/labels";
import { SubjectLink } from "@/components/portfolio/subject-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import type { AgencyPageProps } from "@/lib/auth/agency-page";
import { FULL_LIST_PAGE_SIZE, pageSignals, signalsOfType } from "@/lib/domain/portfolio/dashboard-lists";
import { SIGNAL_TYPE_ORDER, type SignalType } from "@/lib/domain/portfolio/signal-types";
import { pageRequest } from "@/lib/pagination/keyset";
import { firstParam } from "@/lib/server/search-params";
import { BackToDashboard, openDashboardList } from "../dashboard-list";

export const metadata: Metadata = { title: "Signals" };

const pill = (current: boolean) =>
  `rounded-md px-2.5 py-1 text-sm ${current ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100"}`;

/** Every signal of one type (`?type=`), most severe first, one page at a time, with the dashboard's filters. */
export default async function SignalsPage(props: AgencyPageProps) {
  const { member, search, filterSearch, dashboard } = await openDashboardList(props);
  const asked = firstParam(search.type);
  const type: SignalType = SIGNAL_TYPE_ORDER.find((t) => t === asked) ?? SIGNAL_TYPE_ORDER[0]!;
  const page = pageSignals(dashboard.signals, type, pageRequest(search, FULL_LIST_PAGE_SIZE));
  const total = signalsOfType(dashboard.signals, type).length;
  const base = `/${member.agencySlug}/portfolio/signals`;
  const typeHref = (t: SignalType) => `${base}?type=${t}${filterSearch ? `&${filterSearch}` : ""}`;
  return (
    <>
      <BackToDashboard slug={member.agencySlug} filterSearch={filterSearch} label="Signals" />
      <PageHeader title={`Signals: ${SIGNAL_LABEL[type]}`} description="Most severe first, then by name." />
      <nav
        aria-label="Signal type"
        className="mb-4 flex flex-wrap gap-1 rounded-lg border border-slate-200 bg-white p-1"
      >
        {SIGNAL_TYPE_ORDER.map((t) => (
          <Link key={t} href={typeHref(t)} className={pill(t === type)} aria-current={t === type ? "page" : undefined}>
            {SIGNAL_LABEL[t]}
          </Link>
        ))}
      </nav>
      <Card>
        {page.items.length === 0 ? (
          <p className="text-sm text-slate-600">
            No signals of this type{filterSearch ? " in this filtered view" : ""}.
          </p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm text-slate-700" data-testid="signal-list">
            {page.items.map((signal) => (
              <li key={`${signal.subject.kind}:${signal.subject.id}:${signal.reason}`} className="flex gap-2 py-2">
                <Badge tone={SEVERITY_TONE[signal.severity]}>{SEVERITY_LABEL[signal.severity]}</Badge>
                <span>
                  <SubjectLink slug={member.agencySlug} subject={signal.subject} />
                  <span className="text-slate-500"> · </span>
                  {signal.reason}
                </span>
              </li>
            ))}
          </ul>
        )}
        <Pager base={base} search={search} page={page} total={total} noun="signal" />
      </Card>
    </>
  );
}
