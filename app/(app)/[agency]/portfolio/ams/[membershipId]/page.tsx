import type { Metadata } from "next";
import { cache } from "react";
import {
  AmBook,
  AmGrowthAndLeads,
  AmKpis,
  AmPageHeading,
  AmRebalancing,
  AmSignalsAndTrend,
} from "@/components/drilldown/am-page-sections";
import { StructuralReview } from "@/components/people/structural-review";
import { Card } from "@/components/ui/card";
import type { AgencyPageProps } from "@/lib/auth/agency-page";
import { notFoundLogged, requireMember } from "@/lib/auth/membership";
import { loadAmPage, loadAmPageDetails } from "@/lib/domain/portfolio/am-page";
import { BOOK_KEYS, BOOK_PAGE_SIZE } from "@/lib/domain/portfolio/book-rows";
import { pageInMemory, pageRequest } from "@/lib/pagination/keyset";

type Props = AgencyPageProps<{ membershipId: string }>;

/** One request, one load: generateMetadata and the page share it. An unknown or foreign id is a 404. */
const load = cache(async (slug: string, membershipId: string) => {
  const member = await requireMember(slug, "portfolio:read");
  const data = await loadAmPage(member.agencyId, member.user.id, membershipId, new Date());
  if (!data) return notFoundLogged(member, `/${slug}/portfolio/ams/${membershipId}`);
  return { member, data };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { agency, membershipId } = await params;
  const { data } = await load(agency, membershipId);
  return { title: `${data.am.name} · Account manager` };
}

/** Drill-down for one account manager: load against the guideline, their book, signals, trend, KPIs, rebalancing. */
export default async function AccountManagerPage({ params, searchParams }: Props) {
  const { agency, membershipId } = await params;
  const search = await searchParams;
  const { member, data } = await load(agency, membershipId);
  const details = await loadAmPageDetails(member, data, new Date());
  const book = pageInMemory(BOOK_KEYS, data.rows, pageRequest(search, BOOK_PAGE_SIZE));
  const sections = { member, data, details };
  return (
    <div className="space-y-6">
      <AmPageHeading {...sections} />
      <Card
        id="review"
        title="Structure-first review"
        description="What around this person could explain their results, before any performance figure."
      >
        <StructuralReview checks={details.review} />
      </Card>
      <AmBook member={member} data={data} book={book} search={search} />
      <AmGrowthAndLeads {...sections} />
      <AmSignalsAndTrend {...sections} />
      <AmRebalancing {...sections} />
      <AmKpis {...sections} />
    </div>
  );
}
