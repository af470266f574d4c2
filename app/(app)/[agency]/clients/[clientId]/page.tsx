import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { cache } from "react";
import { ClientAccountsTable } from "@/components/clients/client-accounts-table";
import { ClientForm } from "@/components/clients/client-form-client";
import { ContactList } from "@/components/clients/contact-list-client";
import { CLIENT_STATUS_LABEL } from "@/components/clients/labels";
import { TrailHeading } from "@/components/drilldown/trail-heading";
import { CheckInTimelineCard } from "@/components/drilldown/check-in-timeline";
import { formatDate } from "@/components/drilldown/format";
import { TIER_LABEL } from "@/components/portfolio/labels";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { archiveClient } from "@/lib/actions/clients";
import { notFoundLogged, requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { toIsoDate } from "@/lib/format/dates";
import { mayEditClient, mayWriteContacts, ownsLiveAccountOf } from "@/lib/domain/clients/ownership";
import { getClient } from "@/lib/domain/clients/queries";
import { readTimelinePage, TIMELINE_PAGE_SIZE } from "@/lib/domain/check-ins/timeline";
import { pageRequest } from "@/lib/pagination/keyset";
import { isUuid } from "@/lib/uuid";
import { agencyCurrency } from "@/lib/domain/projects/queries";

type Props = {
  params: Promise<{ agency: string; clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const load = cache(async (slug: string, clientId: string) => {
  const member = await requireMember(slug, "portfolio:read");
  const target = `/${slug}/clients/${clientId}`;
  if (!isUuid(clientId)) return notFoundLogged(member, target);
  const { agencyId } = member;
  const data = await withTenant(agencyId, member.user.id, async (tx) => {
    const client = await getClient(tx, agencyId, clientId);
    if (!client) return null;
    return {
      client,
      currency: await agencyCurrency(tx, agencyId),
      owns: await ownsLiveAccountOf(tx, member, clientId),
    };
  });
  if (!data) return notFoundLogged(member, target);
  return { member, ...data };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { agency, clientId } = await params;
  const { client } = await load(agency, clientId);
  return { title: client.name };
}

/** One client: its details (editable by leaders and its AMs), contacts, accounts and check-ins across them. */
export default async function ClientPage({ params, searchParams }: Props) {
  const { agency, clientId } = await params;
  const search = await searchParams;
  const { member, client, currency, owns } = await load(agency, clientId);
  const slug = member.agencySlug;
  const timeline = await withTenant(member.agencyId, member.user.id, (tx) =>
    readTimelinePage(tx, member.agencyId, { clientId }, pageRequest(search, TIMELINE_PAGE_SIZE)),
  );
  const isLeader = can(member.roles, "accounts:write");
  const mayEdit = mayEditClient(member, owns);
  const contactsWritable = mayWriteContacts(member, owns);
  const [statusLabel, statusTone] = CLIENT_STATUS_LABEL[client.status]!;
  return (
    <div className="space-y-6">
      <TrailHeading
        trail={[{ label: "Clients", href: `/${slug}/clients` }, { label: client.name }]}
        title={client.name}
        badges={
          <>
            <Badge tone="indigo">{TIER_LABEL[client.tier]}</Badge>
            <Badge tone={statusTone}>{statusLabel}</Badge>
          </>
        }
      >
        <p className="mt-1 text-sm text-slate-600">
          {client.industry ?? "No industry set"} · client since {formatDate(client.clientSince)}
        </p>
      </TrailHeading>

      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card id="contacts" title="Contacts" description="Who we talk to. Deactivated contacts stay for the history.">
          <ContactList
            slug={slug}
            clientId={client.id}
            contacts={client.contacts}
            canWrite={contactsWritable}
            leadsHref={member.roles.includes("AM") ? `/${slug}/portfolio/ams/${member.membershipId}#leads` : null}
          />
        </Card>
        <Card
          id="details"
          title="Details"
          description={mayEdit ? undefined : "Only a leader or an AM of this client can edit its details."}
        >
          {mayEdit ? (
            <ClientForm
              slug={slug}
              tierLocked={!isLeader}
              client={{
                id: client.id,
                name: client.name,
                industry: client.industry ?? "",
                tier: client.tier,
                status: client.status,
                clientSince: toIsoDate(client.clientSince) ?? "",
              }}
            />
          ) : (
            <p className="text-sm text-slate-700">
              {TIER_LABEL[client.tier]} · {statusLabel} · {client.industry ?? "no industry"}
            </p>
          )}
          {isLeader && (
            <div className="mt-6 border-t border-slate-100 pt-4">
              <ConfirmButton
                label="Archive client"
                question={`Archive ${client.name}? It leaves the lists; its history stays.`}
                action={archiveClient.bind(null, slug, { clientId: client.id })}
                navigate={`/${slug}/clients`}
              />
            </div>
          )}
        </Card>
      </div>

      <Card id="accounts" title="Accounts">
        {isLeader && (
          <Link href={`/${slug}/accounts?client=${client.id}`} className={buttonClass("secondary", "mb-4")}>
            New account for {client.name}
          </Link>
        )}
        <ClientAccountsTable slug={slug} accounts={client.accounts} currency={currency} />
      </Card>

      <CheckInTimelineCard
        base={`/${slug}/clients/${client.id}`}
        search={search}
        timeline={timeline}
        description="Across all of this client's accounts, newest first."
      />
    </div>
  );
}
