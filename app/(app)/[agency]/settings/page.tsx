import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CadenceForm } from "@/components/settings/cadence-form-client";
import { DataLifecycleCards } from "@/components/settings/data-lifecycle-cards";
import { GuidelineHistoryList } from "@/components/settings/guideline-history-list";
import { OverrideForm } from "@/components/settings/override-form-client";
import { ProfileForm } from "@/components/settings/profile-form-client";
import { ThresholdsForm } from "@/components/settings/thresholds-form-client";
import { WeightsForm } from "@/components/settings/weights-form-client";
import { FollowUpRulesForm } from "@/components/follow-ups/rules-form-client";
import { JobStatus } from "@/components/follow-ups/job-status";
import { SectionCards } from "@/components/ui/section-cards";
import { withTenant } from "@/lib/db/tenant";
import { readFollowUpRules, readJobRuns } from "@/lib/domain/follow-ups/queries";
import { requireMember } from "@/lib/auth/membership";
import { loadOwnershipFacts } from "@/lib/domain/agencies/lifecycle-queries";
import { loadSettingsPage, timeZoneOptions } from "@/lib/domain/agencies/settings-page";
import { guidelineFor } from "@/lib/domain/portfolio/guideline";

export const metadata: Metadata = { title: "Settings" };

type Props = { params: Promise<{ agency: string }> };

/** The rules' cards span the page; cadence and weights, both short, sit side by side. */
const WIDE = "lg:col-span-2";

/** The rules the dashboard applies, owned by the agency's leaders ("agency:settings"); every change is audited. */
export default async function SettingsPage({ params }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "agency:settings");
  const [data, ownership] = await Promise.all([
    loadSettingsPage(member.agencyId, member.user.id),
    loadOwnershipFacts(member.agencyId, member.user.id),
  ]);
  const { settings } = data;
  const followThrough = await withTenant(member.agencyId, member.user.id, async (tx) => ({
    rules: await readFollowUpRules(tx, member.agencyId),
    runs: await readJobRuns(tx, member.agencyId),
  }));
  const props = { slug: member.agencySlug, settings };
  return (
    <>
      <PageHeader
        title="Settings"
        description="The rules the portfolio applies. Changes apply at once to the dashboard, the AM pages and the signals, and are recorded in the audit log."
      />
      <div className="space-y-6">
        <div className="grid items-start gap-6 lg:grid-cols-2">
          <SectionCards
            sections={[
              {
                id: "profile",
                title: "Agency",
                description: "The employee count decides the size band and its guideline.",
                className: WIDE,
                body: <ProfileForm {...props} amWeightedLoads={data.amWeightedLoads} timeZones={timeZoneOptions()} />,
              },
              {
                id: "override",
                title: "Guideline override",
                description:
                  "The agency's own range of accounts per AM, instead of the size band's. A reason is required.",
                className: WIDE,
                body: (
                  <>
                    <OverrideForm {...props} />
                    <GuidelineHistoryList changes={data.changes} current={guidelineFor(settings)} />
                  </>
                ),
              },
              {
                id: "cadence",
                title: "Check-in cadence",
                description: "How often each client tier should hear from its AM.",
                body: <CadenceForm {...props} />,
              },
              {
                id: "weights",
                title: "Health score weights",
                description: "Shares of the account health score; they must add up to 100.",
                body: <WeightsForm {...props} accounts={data.accountComponents} />,
              },
              {
                id: "thresholds",
                title: "Signal thresholds",
                description: "When the dashboard raises these signals.",
                className: WIDE,
                body: <ThresholdsForm {...props} />,
              },
            ]}
          />
        </div>
        <DataLifecycleCards
          slug={member.agencySlug}
          name={settings.name}
          version={settings.settingsVersion}
          isOwner={member.isOwner}
          {...ownership}
        />
        <SectionCards
          sections={[
            {
              id: "follow-up-rules",
              title: "Follow-up rules",
              description:
                "Which signals become follow-ups, for whom, and due in how many days. Checked every 15 minutes and right after a check-in; a follow-up closes itself when its signal clears.",
              body: <FollowUpRulesForm slug={member.agencySlug} rules={followThrough.rules} />,
            },
            {
              id: "jobs",
              title: "Background jobs",
              description:
                "The last run of each recurring job for this agency. A failed run is retried automatically with backoff.",
              body: <JobStatus runs={followThrough.runs} />,
            },
          ]}
        />
      </div>
    </>
  );
}
