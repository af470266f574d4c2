import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/layout/page-header";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/inbox-actions-client";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pager } from "@/components/ui/pager";
import { openAgencyPage, type AgencyPageProps } from "@/lib/auth/agency-page";
import { withTenant } from "@/lib/db/tenant";
import { inboxPage, unreadCount } from "@/lib/domain/notifications/queries";
import { pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: "Inbox" };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The signed-in member's notifications in this agency, newest first, paged on the server. */
export default async function InboxPage(props: AgencyPageProps) {
  const { member, search } = await openAgencyPage(props, "agency:read");
  const { page, total, unread } = await withTenant(member.agencyId, member.user.id, async (tx) => ({
    ...(await inboxPage(tx, member.agencyId, member.user.id, pageRequest(search))),
    unread: await unreadCount(tx, member.agencyId, member.user.id),
  }));
  const base = `/${member.agencySlug}`;
  return (
    <>
      <PageHeader title="Inbox" description={unread === 0 ? "Nothing unread." : `${unread} unread.`}>
        <div className="flex flex-wrap items-center gap-3">
          <Link href={`${base}/notifications`} className="text-sm text-indigo-700 underline">
            Notification settings
          </Link>
          {unread > 0 && <MarkAllReadButton agencySlug={member.agencySlug} />}
        </div>
      </PageHeader>
      {page.items.length === 0 ? (
        <EmptyState>No notifications yet. Digests and reminders will appear here.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="inbox">
          {page.items.map((item) => (
            <li key={item.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start" data-testid="inbox-item">
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  {item.readAt === null && <Badge tone="indigo">Unread</Badge>}
                  {item.href ? (
                    <Link href={item.href} className="underline decoration-slate-300 hover:decoration-slate-700">
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                </p>
                <p className="mt-1 text-sm break-words text-slate-700">{item.body}</p>
                <p className="mt-1 text-xs text-slate-600">
                  <time dateTime={item.createdAt.toISOString()}>{when.format(item.createdAt)} UTC</time>
                </p>
              </div>
              {item.readAt === null && (
                <MarkReadButton agencySlug={member.agencySlug} id={item.id} title={item.title} />
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager base={`${base}/inbox`} search={search} page={page} total={total} noun="notification" label="Inbox pages" />
    </>
  );
}
