import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/drilldown/breadcrumbs";
import { ExportLink } from "@/components/export/export-link";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import type { LogPage } from "@/lib/domain/commercial/log-pages";
import type { ExportKind } from "@/lib/domain/export/filters";
import type { AccountHeader } from "@/lib/domain/accounts/queries";

type Search = Record<string, string | string[] | undefined>;

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
