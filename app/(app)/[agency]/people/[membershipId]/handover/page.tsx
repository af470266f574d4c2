import type { Metadata } from "next";
import { TrailHeading } from "@/components/drilldown/trail-heading";
import { HandoverForm } from "@/components/people/handover-client";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { notFoundLogged, requireMember } from "@/lib/auth/membership";
import { loadHandover } from "@/lib/domain/people/handover-page";

export const metadata: Metadata = { title: "Handover" };

type Props = { params: Promise<{ agency: string; membershipId: string }> };

/** A leaver's guided handover: nobody's accounts, reports or projects are left without an owner. Leaders only. */
export default async function HandoverPage({ params }: Props) {
  const { agency, membershipId } = await params;
  const member = await requireMember(agency, "people:manage");
  const slug = member.agencySlug;
  const data = await loadHandover(member, membershipId, new Date());
  if (!data) return notFoundLogged(member, `/${slug}/people/${membershipId}/handover`);
  const blocked = data.leaver.isOwner
    ? "The agency owner cannot be deactivated."
    : data.leaver.self
      ? "You cannot deactivate yourself."
      : null;
  return (
    <div className="space-y-6">
      <TrailHeading
        trail={[
          { label: "People", href: `/${slug}/people` },
          { label: data.leaver.name, href: `/${slug}/people/${data.leaver.id}` },
          { label: "Handover" },
        ]}
        title={`Hand over ${data.leaver.name}'s work`}
      >
        <p className="mt-1 max-w-2xl text-sm text-slate-600">
          {data.accounts.length} account{data.accounts.length === 1 ? "" : "s"}, {data.reports} report
          {data.reports === 1 ? "" : "s"}, {data.projects} open project{data.projects === 1 ? "" : "s"}. Receivers are
          suggested within the guideline ({data.guideline.min}–{data.guideline.max} weighted accounts per AM), quietest
          accounts first. Everything is applied at once, then {data.leaver.name} is deactivated.
        </p>
      </TrailHeading>
      {data.unplaced > 0 && (
        <Alert>
          {data.unplaced} account{data.unplaced === 1 ? " has" : "s have"} no colleague with room within the guideline:
          choose a receiver (the handover refuses anyone pushed over it) or make room first.
        </Alert>
      )}
      <Card id="handover" title="Receivers">
        {blocked ? <Alert>{blocked}</Alert> : <HandoverForm slug={slug} data={data} />}
      </Card>
    </div>
  );
}
