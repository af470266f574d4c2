import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PageHeader } from "@/components/layout/page-header";
import { PeopleFiguresCard } from "@/components/people/people-figures-card";
import { PeopleTable } from "@/components/people/people-table";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { openAgencyPage, type AgencyPageProps } from "@/lib/auth/agency-page";
import { loadPeopleList, PEOPLE_KEYS } from "@/lib/domain/people/people-list";
import { pageInMemory, pageRequest } from "@/lib/pagination/keyset";

export const metadata: Metadata = { title: "People" };

/** Account managers' levels, managers and 1:1s: leaders see everyone, an AM themselves and whom they manage. */
export default async function PeoplePage(props: AgencyPageProps) {
  const { member, search } = await openAgencyPage(props, "people:read");
  const slug = member.agencySlug;
  const base = `/${slug}/people`;
  const { rows, figures, leads } = await loadPeopleList(member, new Date());
  const page = pageInMemory(PEOPLE_KEYS, rows, pageRequest(search, 25));
  return (
    <div className="space-y-6">
      <PageHeader
        title="People"
        description={
          leads
            ? "Levels, managers, 1:1s and development plans of every account manager."
            : "Your level, 1:1s and development plan, and those of the people you manage."
        }
      >
        <Link className="text-sm text-indigo-700 underline" href={`/${slug}/people/ladder`}>
          Career ladder
        </Link>
      </PageHeader>
      <Card id="people" title="Account managers" description="Overdue 1:1s first.">
        <PeopleTable slug={slug} rows={page.items} />
        <Pager
          base={base}
          search={search}
          page={page}
          total={rows.length}
          noun={["person", "people"]}
          label="People pages"
        />
      </Card>
      {figures && <PeopleFiguresCard slug={slug} figures={figures} />}
    </div>
  );
}
