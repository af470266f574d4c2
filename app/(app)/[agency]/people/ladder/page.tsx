import type { Metadata } from "next";
import { TrailHeading } from "@/components/drilldown/trail-heading";
import { LevelKpiLinks } from "@/components/people/level-kpi-links";
import { LevelForm } from "@/components/people/level-form-client";
import { LevelKpisForm } from "@/components/people/level-kpis-form-client";
import { Card } from "@/components/ui/card";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import { HeaderRow } from "@/components/ui/table";
import { requireMember } from "@/lib/auth/membership";
import { withTenant } from "@/lib/db/tenant";
import { leadsPeople } from "@/lib/domain/people/access";
import { COMPETENCIES, COMPETENCY_LABEL } from "@/lib/domain/people/competencies";
import { readKpiDefinitions } from "@/lib/domain/people/level-kpis";
import { readLadder } from "@/lib/domain/people/queries";

export const metadata: Metadata = { title: "Career ladder" };

/** The agency's career ladder for AMs: the levels and what each expects per competency; leaders edit it here. */
export default async function LadderPage({ params }: { params: Promise<{ agency: string }> }) {
  const { agency } = await params;
  const member = await requireMember(agency, "people:read");
  const slug = member.agencySlug;
  const { ladder, definitions } = await withTenant(member.agencyId, member.user.id, async (tx) => ({
    ladder: await readLadder(tx, member.agencyId),
    definitions: await readKpiDefinitions(tx, member.agencyId),
  }));
  const leads = leadsPeople(member);
  return (
    <div className="space-y-6">
      <TrailHeading
        trail={[{ label: "People", href: `/${slug}/people` }, { label: "Career ladder" }]}
        title="Career ladder"
      >
        <p className="mt-1 max-w-2xl text-sm text-slate-600">
          A visible path with the training to climb it: each level&apos;s minimum score (1–5) per competency and the
          agency&apos;s KPIs that go with it.
        </p>
      </TrailHeading>
      <Card id="ladder" title="Levels">
        {ladder.length === 0 ? (
          <EmptyState>The ladder has no levels.</EmptyState>
        ) : (
          <TableScroll label="Career ladder">
            <table className="w-full text-sm" data-testid="ladder">
              <caption className="sr-only">Minimum score per competency for each level</caption>
              <HeaderRow cells={["Level", ...COMPETENCIES.map((c) => COMPETENCY_LABEL[c]), "KPIs"]} />
              <tbody className="divide-y divide-slate-100">
                {ladder.map((level) => {
                  const min = new Map(level.expectations.map((e) => [e.competency, e.minScore]));
                  return (
                    <tr key={level.id}>
                      <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                        {level.rank}. {level.name}
                        <span className="block text-xs font-normal text-slate-600">{level.summary}</span>
                      </th>
                      {COMPETENCIES.map((c) => (
                        <td key={c} className="px-3 py-2">
                          {min.get(c) ?? "—"}
                        </td>
                      ))}
                      <td className="py-2 pl-3 text-xs">
                        <LevelKpiLinks names={level.kpiNames} definitions={definitions} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Card>
      {leads &&
        ladder.map((level) => (
          <Card key={level.id} id={`level-${level.id}`} title={`Edit: ${level.name}`}>
            <div className="space-y-6">
              <LevelForm slug={slug} level={level} />
              <hr className="border-slate-200" />
              <LevelKpisForm
                slug={slug}
                levelId={level.id}
                levelName={level.name}
                linked={level.kpiNames}
                definitions={definitions}
              />
            </div>
          </Card>
        ))}
    </div>
  );
}
