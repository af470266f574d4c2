import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/drilldown/breadcrumbs";
import { ExportLink } from "@/components/export/export-link";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { notFoundLogged, requireMember, type MemberContext } from "@/lib/auth/membership";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import type { LogPage } from "@/lib/domain/commercial/log-pages";
import type { ExportKind } from "@/lib/domain/export/filters";
import { isUuid, readAccountHeader, type AccountHeader } from "@/lib/domain/portfolio/drilldown-queries";

type Search = Record<string, string | string[] | undefined>;

/**
 * The full, paged list behind one of the account page's short logs. Every member who reads the portfolio reads it, as
 * on the account page; an unknown or foreign account id is a logged 404.
 */
export async function loadAccountLog<T>(
  slug: string,
  accountId: string,
  path: string,
  read: (tx: TenantTx, member: MemberContext) => Promise<T>,
) {
  const member = await requireMember(slug, "portfolio:read");
  const target = `/${slug}/accounts/${accountId}/${path}`;
  if (!isUuid(accountId)) return notFoundLogged(member, target);
  const data = await withTenant(member.agencyId, member.user.id, async (tx) => {
    const account = await readAccountHeader(tx, member.agencyId, accountId);
    return account && { account, rows: await read(tx, member) };
  });
  if (!data) return notFoundLogged(member, target);
  return { member, ...data };
}

type Props = {
  slug: string;
  account: AccountHeader;
  title: string;
  kind: ExportKind;
  page: LogPage<unknown>;
  search: Search;
  noun: [string, string];
  children: ReactNode;
};

export function AccountLog({ slug, account, title, kind, page, search, noun, children }: Props) {
  const accountTitle = `${account.client.name} · ${account.name}`;
  const base = `/${slug}/accounts/${account.id}`;
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumbs
          items={[
            { label: "Portfolio", href: `/${slug}/portfolio` },
            { label: accountTitle, href: base },
            { label: title },
          ]}
        />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
          {title}: {accountTitle}
        </h1>
      </div>
      <Card
        id={kind}
        title={title}
        description={
          <>
            Newest first. <ExportLink slug={slug} kind={kind} search={`accountId=${account.id}`} what={noun[1]} />
          </>
        }
      >
        {children}
        <Pager
          base={`${base}/${kind}`}
          search={search}
          page={page}
          total={page.total}
          noun={noun}
          label={`${title} pages`}
        />
      </Card>
    </div>
  );
}
