import type { ReactNode } from "react";
import type { AgencyPageProps } from "@/lib/auth/agency-page";
import { TrailHeading } from "@/components/drilldown/trail-heading";
import { ExportLink } from "@/components/export/export-link";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import type { LogPage } from "@/lib/domain/commercial/log-pages";
import type { AccountHeader } from "@/lib/domain/accounts/queries";

type Search = Record<string, string | string[] | undefined>;

/** The account's full logs, each a page of its own and an export of the same name. */
export const ACCOUNT_LOGS = {
  "scope-requests": {
    title: "Scope requests",
    summary: "Out-of-scope asks and what was decided.",
    noun: ["scope request", "scope requests"],
  },
  "value-history": {
    title: "Value history",
    summary: "Every change of the monthly value or owner, dated.",
    noun: ["value change", "value changes"],
  },
} satisfies Record<string, { title: string; summary: string; noun: [string, string] }>;

export type AccountLogKind = keyof typeof ACCOUNT_LOGS;

export type AccountLogPageProps = AgencyPageProps<{ accountId: string }>;

/** The route both log pages answer: the agency, the account and the page's cursor. */
export async function logRequest({ params, searchParams }: AccountLogPageProps) {
  const [{ agency, accountId }, search] = await Promise.all([params, searchParams]);
  return { agency, accountId, search };
}

type Props = {
  slug: string;
  account: AccountHeader;
  kind: AccountLogKind;
  page: LogPage<unknown>;
  search: Search;
  children: ReactNode;
};

export function AccountLog({ slug, account, kind, page, search, children }: Props) {
  const { title, noun } = ACCOUNT_LOGS[kind];
  const accountTitle = `${account.client.name} · ${account.name}`;
  const base = `/${slug}/accounts/${account.id}`;
  return (
    <div className="space-y-6">
      <TrailHeading
        trail={[
          { label: "Portfolio", href: `/${slug}/portfolio` },
          { label: accountTitle, href: base },
          { label: title },
        ]}
        title={`${title}: ${accountTitle}`}
      />
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
