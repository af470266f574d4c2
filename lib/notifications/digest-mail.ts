/** The digests as e-mails (pure): leader weekly and AM daily, HTML + plain text, links into the app. */
import { plural } from "@/lib/domain/portfolio/text";
import { absoluteUrl } from "./notify";
import { leaderDelta, signed, type LeaderDelta, type LeaderFigures, type Named } from "./digest-figures";
import { renderMail, type MailSection } from "./render";

export type DueCheckIn = Named & { daysSince: number | null; cadenceDays: number };
/** An open follow-up of the AM's due on or before the digest's day; dueDate is "YYYY-MM-DD". */
export type DueFollowUp = Named & { dueDate: string };

const BAND = { healthy: "healthy", watch: "watch", at_risk: "at risk" } as const;

export function leaderDigestMail(input: {
  agencyName: string;
  slug: string;
  periodKey: string;
  figures: LeaderFigures;
  previous: LeaderFigures | null;
  unsubscribeUrl: string;
}) {
  const { figures: f, slug } = input;
  const delta: LeaderDelta | null = leaderDelta(input.previous, f);
  const am = (x: Named) => ({ text: x.name, href: absoluteUrl(`/${slug}/portfolio/ams/${x.id}`) });
  const account = (x: Named) => ({ text: x.name, href: absoluteUrl(`/${slug}/accounts/${x.id}`) });
  const project = (x: Named) => ({ text: x.name, href: absoluteUrl(`/${slug}/projects/${x.id}`) });
  const change = (n: number) => (delta ? ` (${signed(n)} since last week)` : "");
  const sections: MailSection[] = [
    {
      heading: "This week in numbers",
      lines: [
        {
          text: `Overloaded AMs: ${f.overloadedAms.length}${change(delta ? f.overloadedAms.length - input.previous!.overloadedAms.length : 0)}`,
        },
        {
          text: `Renewals at risk: ${f.renewalsAtRisk.length}${change(delta ? f.renewalsAtRisk.length - input.previous!.renewalsAtRisk.length : 0)}`,
        },
        { text: `Overdue check-ins: ${f.overdueCheckIns}${change(delta?.overdueChange ?? 0)}` },
        {
          text: `Off-track projects: ${f.offTrackProjects.length}${change(delta ? f.offTrackProjects.length - input.previous!.offTrackProjects.length : 0)}`,
        },
        { text: `Health: ${f.health.healthy} healthy, ${f.health.watch} watch, ${f.health.at_risk} at risk` },
      ],
    },
  ];
  const add = (heading: string, lines: { text: string; href?: string }[]) => {
    if (lines.length > 0) sections.push({ heading, lines });
  };
  if (delta) {
    add("New overloads", delta.newOverloads.map(am));
    add("Overloads cleared", delta.clearedOverloads.map(am));
    add("New renewals at risk", delta.newRenewalRisks.map(account));
    add("Renewals no longer at risk", delta.clearedRenewalRisks.map(account));
    add("Projects gone off track", delta.newOffTrack.map(project));
    add("Projects back on track", delta.backOnTrack.map(project));
    const move = (m: LeaderDelta["improved"][number]) => ({
      text: `${m.name}: ${BAND[m.from]} → ${BAND[m.to]} (${m.fromScore} → ${m.toScore})`,
      href: absoluteUrl(`/${slug}/accounts/${m.id}`),
    });
    add("Health improved", delta.improved.map(move));
    add("Health worsened", delta.worsened.map(move));
  } else {
    add("Overloaded AMs", f.overloadedAms.map(am));
    add("Renewals at risk", f.renewalsAtRisk.map(account));
    add("Off-track projects", f.offTrackProjects.map(project));
  }
  const title = `${input.agencyName}: your weekly digest`;
  const intro = delta
    ? `What changed since last week, as of ${input.periodKey}.`
    : `Where the portfolio stands on ${input.periodKey}. From next week this digest shows what changed.`;
  return {
    subject: `${title} (${input.periodKey})`,
    ...renderMail({
      title,
      intro,
      sections,
      action: { label: "Open the dashboard", href: absoluteUrl(`/${slug}/portfolio`) },
      unsubscribeUrl: input.unsubscribeUrl,
    }),
  };
}

/** "2 check-ins and 1 follow-up due", naming only what there is. */
export function amDigestSummary(checkIns: readonly unknown[], followUps: readonly unknown[]) {
  const parts = [
    ...(checkIns.length ? [plural(checkIns.length, "check-in")] : []),
    ...(followUps.length ? [plural(followUps.length, "follow-up")] : []),
  ];
  return `${parts.join(" and ")} due`;
}

export function amDigestMail(input: {
  agencyName: string;
  slug: string;
  periodKey: string;
  due: DueCheckIn[];
  followUps: DueFollowUp[];
  unsubscribeUrl: string;
}) {
  const checkIns = input.due.map((d) => ({
    text:
      d.daysSince === null
        ? `${d.name}: never checked in (every ${d.cadenceDays} days)`
        : `${d.name}: last check-in ${d.daysSince} days ago (every ${d.cadenceDays} days)`,
    href: absoluteUrl(`/${input.slug}/accounts/${d.id}`),
  }));
  const followUps = input.followUps.map((f) => ({
    text: `${f.name}: ${f.dueDate === input.periodKey ? "due today" : `overdue since ${f.dueDate}`}`,
    href: absoluteUrl(`/${input.slug}/follow-ups`),
  }));
  const sections: MailSection[] = [];
  if (checkIns.length) sections.push({ heading: "Check-ins due", lines: checkIns });
  if (followUps.length) sections.push({ heading: "Follow-ups due", lines: followUps });
  const title = `${input.agencyName}: ${amDigestSummary(input.due, input.followUps)}`;
  return {
    subject: `${title} (${input.periodKey})`,
    ...renderMail({
      title,
      intro: "Your check-ins and follow-ups due today or overdue.",
      sections,
      action: followUps.length
        ? { label: "Open my follow-ups", href: absoluteUrl(`/${input.slug}/follow-ups`) }
        : { label: "Open my accounts", href: absoluteUrl(`/${input.slug}/me`) },
      unsubscribeUrl: input.unsubscribeUrl,
    }),
  };
}
