import Link from "@/components/ui/link";
import { AccountCheckInButton } from "@/components/check-ins/account-check-in-button";
import { ExportLink } from "@/components/export/export-link";
import { FollowUpList } from "@/components/follow-ups/follow-up-list";
import { NewFollowUpForm } from "@/components/follow-ups/new-follow-up-form-client";
import { HealthHistory } from "@/components/snapshots/health-history";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import type { MemberContext } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { mayEditAccount } from "@/lib/domain/accounts/access";
import { mayCreateFollowUpOn } from "@/lib/domain/follow-ups/access";
import { dueDateFor } from "@/lib/domain/follow-ups/rules";
import { isoDay } from "@/lib/format/dates";
import { FOLLOW_UPS_SHOWN, type AccountPageData, type AccountPageDetails } from "@/lib/domain/portfolio/account-page";
import { AccountHeader } from "./account-header";
import { Breadcrumbs } from "./breadcrumbs";
import { CheckInTimelineCard } from "./check-in-timeline";
import { HealthPanel } from "./health-panel";
import { SignalsCard } from "./signal-list";

/** What every section of the account page is drawn from. */
export type AccountSectionProps = {
  member: MemberContext;
  data: AccountPageData;
  details: AccountPageDetails;
  today: Date;
};

/** Breadcrumbs, the edit and check-in actions, then the account's header. */
export function AccountPageHeading({ member, data, details, today }: AccountSectionProps) {
  const slug = member.agencySlug;
  const { account } = data;
  const mayEdit = mayEditAccount(member, account.am.id) || can(member.roles, "accounts:reassign");
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <Breadcrumbs
          items={[
            { label: "Portfolio", href: `/${slug}/portfolio` },
            { label: account.am.name, href: `/${slug}/portfolio/ams/${account.am.id}` },
            { label: `${account.client.name} · ${account.name}` },
          ]}
        />
        <div className="flex flex-wrap items-start gap-2">
          {!account.archivedAt && mayEdit && (
            <Link href={`/${slug}/accounts/${account.id}/edit`} className={buttonClass("secondary", "mb-3")}>
              Edit account
            </Link>
          )}
          <AccountCheckInButton slug={slug} accountId={account.id} options={details.checkInOptions} />
        </div>
      </div>
      <AccountHeader slug={slug} data={data} today={today} />
    </div>
  );
}

export function AccountHealthAndSignals({ member, data, details }: AccountSectionProps) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-5">
      <Card id="health" title="Health" className="min-w-0 lg:col-span-3">
        <HealthPanel health={data.health} />
        <HealthHistory snapshots={details.healthHistory} />
      </Card>
      <SignalsCard
        about="About this account, its projects and its client."
        className="min-w-0 lg:col-span-2"
        slug={member.agencySlug}
        signals={data.signals}
        empty="No signals: nothing here needs attention right now."
      />
    </div>
  );
}

export function AccountCheckIns({
  member,
  data,
  details,
  search,
}: AccountSectionProps & { search: Record<string, string | string[] | undefined> }) {
  const slug = member.agencySlug;
  const { account } = data;
  return (
    <CheckInTimelineCard
      base={`/${slug}/accounts/${account.id}`}
      search={search}
      timeline={details.timeline}
      description={
        <>
          Newest first.{" "}
          <ExportLink slug={slug} kind="check-ins" search={`accountId=${account.id}`} what="this account's check-ins" />
        </>
      }
    />
  );
}

export function AccountFollowUps({ member, data, details, today }: AccountSectionProps) {
  const { account } = data;
  const { openFollowUps, members } = details;
  const shown = openFollowUps > FOLLOW_UPS_SHOWN ? `; the ${FOLLOW_UPS_SHOWN} due soonest are shown` : "";
  return (
    <Card id="follow-ups" title="Follow-ups" description={`${openFollowUps} open on this account${shown}.`}>
      {!account.archivedAt && mayCreateFollowUpOn(member, account.am.id) && (
        <div className="mb-4">
          <NewFollowUpForm
            slug={member.agencySlug}
            accountId={account.id}
            members={members}
            defaultDue={isoDay(dueDateFor(today, 7))}
          />
        </div>
      )}
      <FollowUpList
        member={member}
        items={details.followUps.items}
        members={members}
        today={today}
        showAccount={false}
        empty="No open follow-ups on this account."
      />
    </Card>
  );
}
