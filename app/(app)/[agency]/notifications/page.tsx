import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { DigestDayForm, PreferenceForm, WebhookForm } from "@/components/notifications/preferences-client";
import { Card } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { readPreferences, readWebhookMasked } from "@/lib/domain/notifications/queries";
import { NOTIFICATION_EVENTS } from "@/lib/notifications/events";

export const metadata: Metadata = { title: "Notification settings" };

type Props = { params: Promise<{ agency: string }> };

const WEEK_START = { MONDAY: "Monday", SUNDAY: "Sunday", SATURDAY: "Saturday" } as const;

/** The member's own channels per event and digest day; leaders also set the agency's Slack webhook. */
export default async function NotificationsPage({ params }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "agency:read");
  const isLeader = can(member.roles, "agency:settings");
  const data = await withTenant(member.agencyId, member.user.id, async (tx) => ({
    ...(await readPreferences(tx, member.agencyId, member.user.id)),
    webhook: await readWebhookMasked(tx, member.agencyId),
    agency: await tx.agency.findFirstOrThrow({ where: { id: member.agencyId }, select: { weekStart: true } }),
  }));
  return (
    <>
      <PageHeader
        title="Notification settings"
        description="What reaches you, and where. E-mails carry a one-click unsubscribe link."
      />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card title="Events" id="events" description="Choose the channels for each kind of notification.">
          <div className="space-y-4">
            {data.preferences.map((p) => (
              <PreferenceForm
                key={p.event}
                agencySlug={member.agencySlug}
                event={p.event}
                label={NOTIFICATION_EVENTS[p.event].label}
                description={NOTIFICATION_EVENTS[p.event].description}
                channels={p.channels}
                slackAvailable={data.webhook !== null}
              />
            ))}
          </div>
        </Card>
        <div className="space-y-6">
          {isLeader && (
            <Card title="Weekly digest" id="digest" description="What changed in the portfolio since last week.">
              <DigestDayForm
                agencySlug={member.agencySlug}
                weekday={data.weeklyWeekday}
                weekStartLabel={WEEK_START[data.agency.weekStart]}
              />
            </Card>
          )}
          {isLeader && (
            <Card
              title="Slack"
              id="slack"
              description="An incoming webhook for the agency's channel (Slack or compatible)."
            >
              <WebhookForm agencySlug={member.agencySlug} masked={data.webhook} />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
