import type { Metadata } from "next";
import { cache } from "react";
import { AccountForm } from "@/components/accounts/account-form-client";
import { ReassignForm } from "@/components/accounts/reassign-form-client";
import { TrailHeading } from "@/components/drilldown/trail-heading";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { archiveAccount } from "@/lib/actions/accounts";
import { notFoundLogged, requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { mayEditAccount } from "@/lib/domain/accounts/access";
import { getAccountForEdit, listAccountManagers } from "@/lib/domain/accounts/queries";
import { isUuid } from "@/lib/uuid";
import { agencyCurrency } from "@/lib/domain/projects/queries";

type Props = { params: Promise<{ agency: string; accountId: string }> };

/** Unknown, foreign or archived ids are a logged 404; an AM on someone else's account gets 404 too (not theirs). */
const load = cache(async (slug: string, accountId: string) => {
  const member = await requireMember(slug, "portfolio:read");
  const target = `/${slug}/accounts/${accountId}/edit`;
  if (!isUuid(accountId)) return notFoundLogged(member, target);
  const { agencyId } = member;
  const data = await withTenant(agencyId, member.user.id, async (tx) => ({
    account: await getAccountForEdit(tx, agencyId, accountId),
    ams: await listAccountManagers(tx, agencyId),
    currency: await agencyCurrency(tx, agencyId),
  }));
  if (!data.account) return notFoundLogged(member, target);
  return { member, ...data, account: data.account };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { agency, accountId } = await params;
  const { account } = await load(agency, accountId);
  return { title: `Edit ${account.client.name} · ${account.name}` };
}

/** Edit an account's facts (leaders, or its own AM); leaders also reassign it or archive it. */
export default async function EditAccountPage({ params }: Props) {
  const { agency, accountId } = await params;
  const { member, account, ams, currency } = await load(agency, accountId);
  const slug = member.agencySlug;
  const mayEdit = mayEditAccount(member, account.am.id);
  const title = `${account.client.name} · ${account.name}`;
  return (
    <div className="space-y-6">
      <TrailHeading
        trail={[
          { label: "Accounts", href: `/${slug}/accounts` },
          { label: title, href: `/${slug}/accounts/${account.id}` },
          { label: "Edit" },
        ]}
        title={`Edit ${title}`}
      />
      {mayEdit ? (
        <Card id="edit" title="Account">
          <AccountForm slug={slug} currency={currency} account={account} />
        </Card>
      ) : (
        <p className="text-sm text-slate-700">
          Only a leader or the account&apos;s own AM ({account.am.name}) can edit this account.
        </p>
      )}
      {can(member.roles, "accounts:reassign") && (
        <Card id="reassign" title="Reassign" description="Hand the account to another AM.">
          <ReassignForm slug={slug} account={account} ams={ams} />
        </Card>
      )}
      {can(member.roles, "accounts:write") && (
        <Card id="archive" title="Archive">
          <ConfirmButton
            label="Archive account"
            question={
              <>
                Archive {account.name}? It leaves the lists and its AM&apos;s load, and its open projects are archived
                with it; check-ins and history stay.
              </>
            }
            action={archiveAccount.bind(null, slug, { accountId: account.id, expectedVersion: account.version })}
            navigate={`/${slug}/accounts/${account.id}`}
          />
        </Card>
      )}
    </div>
  );
}
