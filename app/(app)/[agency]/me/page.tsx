import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CheckInProvider, LogCheckInButton } from "@/components/check-ins/check-in-launcher-client";
import { MyAccountsList } from "@/components/check-ins/my-accounts-list";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/membership";
import { can } from "@/lib/auth/permissions";
import { withTenant } from "@/lib/db/tenant";
import { myAccountRows } from "@/lib/domain/check-ins/my-accounts";
import { readCheckInAccountOptions } from "@/lib/domain/check-ins/queries";
import { loadPortfolioSnapshot } from "@/lib/domain/portfolio/load-portfolio";

export const metadata: Metadata = { title: "My accounts" };

type Props = { params: Promise<{ agency: string }> };

/** The AM's own book, most in need of attention first, with a check-in form one key away. */
export default async function MyAccountsPage({ params }: Props) {
  const { agency } = await params;
  const member = await requireMember(agency, "agency:read");
  const slug = member.agencySlug;
  if (!member.roles.includes("AM")) {
    return (
      <>
        <PageHeader title="My accounts" />
        <Card>
          <p className="text-sm text-slate-700" data-testid="not-an-am">
            This page lists the accounts you manage, and you do not hold the account manager role in {member.agencyName}
            .{" "}
            {can(member.roles, "portfolio:read") && (
              <>
                The{" "}
                <Link href={`/${slug}/portfolio`} className="font-medium text-indigo-700 underline underline-offset-2">
                  portfolio
                </Link>{" "}
                shows every account manager&apos;s book.
              </>
            )}
          </p>
        </Card>
      </>
    );
  }

  const today = new Date();
  // The AM's own book only (queries.ts BookScope), not the whole agency.
  const data = await loadPortfolioSnapshot(member.agencyId, member.user.id, today, { amId: member.membershipId });
  const mine = data.snapshot.accounts;
  const rows = myAccountRows(mine, data.snapshot.projects, data.rules, today, data.rules);
  const options = await withTenant(member.agencyId, member.user.id, (tx) =>
    readCheckInAccountOptions(tx, member.agencyId, { amId: member.membershipId }, data.rules.cadence),
  );
  const overdue = rows.filter((r) => r.overdue).length;

  return (
    <CheckInProvider slug={slug} accounts={options}>
      <PageHeader
        title="My accounts"
        description={
          <>
            {rows.length} {rows.length === 1 ? "account" : "accounts"}
            {overdue > 0 && `, ${overdue} with an overdue check-in`}. Overdue check-ins first, then health below 60,
            then renewals in the next 90 days. Press <kbd className="rounded border border-slate-300 px-1">C</kbd>{" "}
            anywhere on this page to log a check-in.
          </>
        }
      >
        <LogCheckInButton variant="primary" showShortcut />
      </PageHeader>
      <Card id="book" title="Your book" description="Next check-in due from the last one and your tier's cadence.">
        <MyAccountsList slug={slug} rows={rows} />
      </Card>
    </CheckInProvider>
  );
}
