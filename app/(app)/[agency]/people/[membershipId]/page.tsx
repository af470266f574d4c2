import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { cache } from "react";
import { TrailHeading } from "@/components/drilldown/trail-heading";
import { AssessmentForm, DevelopmentItemForm } from "@/components/people/development-forms-client";
import { AssessmentHistory, DevelopmentItems } from "@/components/people/development-plan";
import { ONE_ON_ONE_BADGE } from "@/components/people/labels";
import { OneOnOneForm } from "@/components/people/one-on-one-form-client";
import { OneOnOneList } from "@/components/people/one-on-one-list";
import { PersonSettings } from "@/components/people/person-settings-client";
import { ReadinessView } from "@/components/people/readiness-card";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button-class";
import { SectionCards } from "@/components/ui/section-cards";
import { Pager } from "@/components/ui/pager";
import { notFoundLogged, requireMember } from "@/lib/auth/membership";
import { ONE_ON_ONE_PAGE_SIZE } from "@/lib/domain/people/one-on-one-page";
import { loadPersonPage } from "@/lib/domain/people/person-page";
import { pageRequest } from "@/lib/pagination/keyset";
import { firstParam } from "@/lib/server/search-params";

type Search = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ agency: string; membershipId: string }>; searchParams: Promise<Search> };

/** Cached per request; the 1:1 cursor is part of the key (metadata and page read the same page). */
const load = cache(async (slug: string, membershipId: string, after?: string, before?: string) => {
  const member = await requireMember(slug, "people:read");
  const today = new Date();
  const request = pageRequest({ after, before }, ONE_ON_ONE_PAGE_SIZE);
  const data = await loadPersonPage(member, membershipId, today, request);
  if (!data) return notFoundLogged(member, `/${slug}/people/${membershipId}`);
  return { member, data, today };
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { agency, membershipId } = await params;
  const search = await searchParams;
  const { data } = await load(agency, membershipId, firstParam(search.after), firstParam(search.before));
  return { title: `${data.person.name} · People` };
}

/** One person's level, readiness for the next level, 1:1s with their manager and development plan. */
export default async function PersonPage({ params, searchParams }: Props) {
  const { agency, membershipId } = await params;
  const search = await searchParams;
  const { member, data, today } = await load(agency, membershipId, firstParam(search.after), firstParam(search.before));
  const slug = member.agencySlug;
  const { person, status, may, oneOnOnes } = data;
  const personPath = `/${slug}/people/${person.id}`;
  const todayIso = today.toISOString().slice(0, 10);
  const badge = ONE_ON_ONE_BADGE[status.state];
  return (
    <div className="space-y-6">
      <TrailHeading
        trail={[{ label: "People", href: `/${slug}/people` }, { label: person.name }]}
        title={person.name}
        badges={
          <>
            <Badge tone={badge.tone}>{badge.label}</Badge>
            {!person.active && <span className="text-sm text-slate-500">(inactive)</span>}
          </>
        }
      >
        <p className="mt-1 text-sm text-slate-700" data-testid="person-summary">
          {data.level ? data.level.name : "No level set"} ·{" "}
          {person.managerName ? `managed by ${person.managerName}` : "no manager"} · 1:1 every {person.cadenceDays} days
        </p>
        <p className="mt-1 text-sm text-slate-600">
          {status.reason}{" "}
          {person.roles.includes("AM") && (
            <Link className="text-indigo-700 underline" href={`/${slug}/portfolio/ams/${person.id}#review`}>
              Structure-first review
            </Link>
          )}
        </p>
      </TrailHeading>

      <SectionCards
        sections={[
          may.lead && {
            id: "settings",
            title: "Level and manager",
            description: "Only leaders change these.",
            body: (
              <>
                <PersonSettings
                  slug={slug}
                  membershipId={person.id}
                  levels={data.ladder.map((l) => ({ id: l.id, name: l.name }))}
                  levelId={person.levelId}
                  managers={data.managers}
                  managerId={person.managerId}
                  cadenceDays={person.cadenceDays}
                />
                {may.handover && (
                  <p className="mt-4 text-sm">
                    <Link className={buttonClass("secondary")} href={`${personPath}/handover`}>
                      Hand over and deactivate
                    </Link>
                  </p>
                )}
              </>
            ),
          },
          {
            id: "readiness",
            title: "Ready for the next level",
            description: "The manager's latest score per competency against what the next level expects.",
            body: <ReadinessView readiness={data.readiness} />,
          },
          {
            id: "one-on-ones",
            title: "1:1s",
            description: "Private: only this person, their manager and the agency's leaders see these notes.",
            body: (
              <div className="space-y-6">
                {may.recordOneOnOne && <OneOnOneForm slug={slug} amId={person.id} today={todayIso} />}
                <OneOnOneList slug={slug} records={oneOnOnes.page.items} canTick />
                {oneOnOnes.total > ONE_ON_ONE_PAGE_SIZE && (
                  <Pager base={personPath} search={search} page={oneOnOnes.page} total={oneOnOnes.total} noun="1:1" />
                )}
              </div>
            ),
          },
          {
            id: "plan",
            title: "Development plan",
            description: "Agreed goals and training, with due dates and status.",
            body: (
              <div className="space-y-6">
                <DevelopmentItems slug={slug} items={person.items} canWrite={may.writePlan} today={today} />
                {may.writePlan && <DevelopmentItemForm slug={slug} membershipId={person.id} />}
              </div>
            ),
          },
          {
            id: "assessments",
            title: "Assessments",
            description: "Scores from 1 to 5 per competency, with the evidence.",
            body: (
              <div className="space-y-6">
                <AssessmentHistory assessments={person.assessments} />
                {may.selfAssess && (
                  <AssessmentForm slug={slug} membershipId={person.id} source="SELF" today={todayIso} />
                )}
                {may.managerAssess && (
                  <AssessmentForm slug={slug} membershipId={person.id} source="MANAGER" today={todayIso} />
                )}
              </div>
            ),
          },
        ]}
      />
    </div>
  );
}
