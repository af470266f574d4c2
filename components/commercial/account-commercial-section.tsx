import Link from "@/components/ui/link";
import { ExportLink } from "@/components/export/export-link";
import { ACCOUNT_LOGS, type AccountLogKind } from "./account-log";
import { EmptyState } from "@/components/ui/empty-state";
import type { MemberContext } from "@/lib/auth/membership";
import { mayWriteCommercial } from "@/lib/domain/commercial/access";
import { hourlyValue } from "@/lib/domain/commercial/over-servicing";
import { monthKey, type AccountCommercial } from "@/lib/domain/commercial/queries";
import { formatHours, formatMoney } from "./format";
import { isoDay } from "@/lib/format/dates";
import { HoursAgainstScope } from "./hours-against-scope";
import { HoursForm } from "./hours-form-client";
import { ScopeRequestTable, ValueChangeList } from "./log-lists";
import { ScopeForm } from "./scope-form-client";
import { ScopeRequestForm } from "./scope-request-form-client";

type Props = {
  member: MemberContext;
  account: { id: string; kind: string; amId: string; archived: boolean };
  data: AccountCommercial;
  currency: string;
  today: Date;
};

/** Retainer scope and hours against it by month (retainers only). */
export function RetainerSection({ member, account, data, currency, today }: Props) {
  const slug = member.agencySlug;
  const writable = !account.archived && mayWriteCommercial(member, account.amId);
  const { scope } = data;
  return (
    <div className="space-y-4">
      {scope ? (
        <p className="text-sm text-slate-700" data-testid="retainer-scope">
          Contracted: <strong>{formatHours(scope.monthlyHours)}</strong> a month for{" "}
          <strong>{formatMoney(scope.monthlyFee, currency)}</strong>; an hour is worth{" "}
          {formatMoney(hourlyValue(scope), currency)}
          {scope.blendedRate ? " (blended rate)" : " (fee ÷ hours)"}.
        </p>
      ) : (
        <EmptyState>No contracted scope yet: set the monthly hours and fee to see hours against scope.</EmptyState>
      )}
      {scope && <HoursAgainstScope months={data.months} contracted={scope.monthlyHours} />}
      {writable && (
        <details className="rounded-lg border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-900">Change scope or record hours</summary>
          <div className="mt-3 space-y-6">
            <ScopeForm slug={slug} accountId={account.id} scope={scope} />
            <HoursForm slug={slug} accountId={account.id} month={monthKey(today)} />
          </div>
        </details>
      )}
      <p className="text-xs text-slate-600">
        Hours come from timesheet imports (Import and export) and hours recorded by hand.{" "}
        <ExportLink slug={slug} kind="hours" search={`accountId=${account.id}`} what="this account's hours" />
      </p>
    </div>
  );
}

type FullList = { accountPath: string; kind: AccountLogKind; shown: number; total: number };

/** "All 23 scope requests" under a short list, when there are more than it shows. */
function FullListLink({ accountPath, kind, shown, total }: FullList) {
  if (total <= shown) return null;
  return (
    <>
      Showing the newest {shown} of {total}:{" "}
      <Link href={`${accountPath}/${kind}`} className="font-medium text-indigo-700 underline underline-offset-2">
        all {total} {ACCOUNT_LOGS[kind].noun[1]}
      </Link>
      .{" "}
    </>
  );
}

/** What both log sections need: whether this member may add to the account's logs, and the link to a full log. */
function logAccess(member: MemberContext, account: Props["account"]) {
  const slug = member.agencySlug;
  const accountPath = `/${slug}/accounts/${account.id}`;
  const writable = !account.archived && mayWriteCommercial(member, account.amId);
  const fullList = (kind: AccountLogKind, shown: number, total: number) => (
    <FullListLink accountPath={accountPath} kind={kind} shown={shown} total={total} />
  );
  return { slug, writable, fullList };
}

/** Out-of-scope requests: the newest, a link to all of them, and the form. */
export function ScopeRequestsSection({ member, account, data, today }: Omit<Props, "currency">) {
  const { slug, writable, fullList } = logAccess(member, account);
  return (
    <div className="space-y-4">
      <ScopeRequestTable requests={data.requests} caption="Newest scope requests" />
      <p className="text-xs text-slate-600">
        {fullList("scope-requests", data.requests.length, data.requestCount)}
        Absorbed requests count toward the hours used in their month.{" "}
        <ExportLink slug={slug} kind="scope-requests" search={`accountId=${account.id}`} what="every scope request" />
      </p>
      {writable && (
        <ScopeRequestForm slug={slug} accountId={account.id} contacts={data.contacts} today={isoDay(today)} />
      )}
    </div>
  );
}

/** Every change of the account's monthly value or owner, dated; won opportunities link to the changes they produced. */
export function ValueHistorySection({ member, account, data, currency }: Omit<Props, "today">) {
  const { slug, writable, fullList } = logAccess(member, account);
  return (
    <div className="space-y-3">
      <ValueChangeList
        slug={slug}
        changes={data.valueChanges}
        currency={currency}
        linkOptions={writable ? data.wonOpportunities : []}
      />
      <p className="text-xs text-slate-600">
        {fullList("value-history", data.valueChanges.length, data.valueChangeCount)}
        <ExportLink
          slug={slug}
          kind="value-history"
          search={`accountId=${account.id}`}
          what="the whole value history"
        />
      </p>
    </div>
  );
}
