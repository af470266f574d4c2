/** The words the demo data speaks: account and project names, check-in notes, KPIs, growth plans. */
import type { Rng } from "./random";

/** Account names by kind; a client's accounts get distinct names. */
export const RETAINER_NAMES = [
  "Retainer: social",
  "Retainer: paid media",
  "Retainer: SEO & content",
  "Retainer: brand",
  "Retainer: CRM & email",
  "Always-on creative",
  "Performance marketing",
  "Community management",
  "PR & comms retainer",
  "Analytics retainer",
] as const;

export const PROJECT_ACCOUNT_NAMES = [
  "Website rebuild",
  "Brand refresh",
  "Product launch campaign",
  "App redesign",
  "Rebrand",
  "Seasonal campaign",
  "E-commerce replatform",
  "Video series",
  "Annual report",
  "Trade show campaign",
] as const;

export const PROJECT_NAMES = [
  "Q{q} campaign",
  "Homepage redesign",
  "Landing pages sprint",
  "Brand guidelines v2",
  "Social content calendar",
  "Paid search restructure",
  "Email nurture journeys",
  "Product photography",
  "Video edit: hero film",
  "Analytics dashboard",
  "CMS migration",
  "Holiday campaign",
  "Customer research",
  "Packaging design",
  "Launch toolkit",
  "Accessibility audit",
  "Tone of voice workshop",
  "Influencer programme",
  "Checkout UX fixes",
] as const;

export function projectName(rng: Rng, used: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const base = rng.pick(PROJECT_NAMES).replace("{q}", String(rng.int(1, 4)));
    const name = attempt < 8 ? base : `${base} (${attempt})`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

const POSITIVE = [
  "Monthly review: results ahead of plan, client delighted with the new creative.",
  "Walked through campaign performance; CPL down and the team wants to extend the test budget.",
  "Quarterly planning went well: agreed priorities for next quarter and a possible new workstream.",
  "Quick sync on deliverables, everything on schedule. Client praised the team's responsiveness.",
  "Presented the content roadmap; approved with minor tweaks.",
  "Strong month: organic traffic up, client shared the report with their board.",
] as const;

const NEUTRAL = [
  "Status call: deliverables mostly on track, a few approvals pending on the client side.",
  "Reviewed the report; results flat month on month, agreed to try a new audience test.",
  "Routine check-in. Client busy with an internal reorganisation, fewer decisions this month.",
  "Budget conversation for next quarter, no commitment yet.",
  "Went through open tickets and timelines; some slippage on the client's asset delivery.",
] as const;

const NEGATIVE = [
  "Client frustrated by missed deadlines on the last two deliverables; asked for a recovery plan.",
  "Difficult call: results below target for the second month and budget under review.",
  "Client raised concerns about communication gaps and slow replies from the team.",
  "New CMO questioning the scope; wants to see ROI before renewing.",
  "Escalation about the quality of the latest round of creative.",
] as const;

const NEXT_STEPS = [
  "Send the revised timeline by Friday.",
  "Share the performance deck before the next call.",
  "Book a workshop with their product team.",
  "Prepare an upsell proposal for paid social.",
  "Confirm budget for next quarter.",
  "Set up a call with the new marketing director.",
  "Follow up on pending approvals.",
  "Draft a recovery plan and review it with the delivery lead.",
] as const;

export function checkInSummary(rng: Rng, sentiment: number): string {
  return rng.pick(sentiment >= 4 ? POSITIVE : sentiment === 3 ? NEUTRAL : NEGATIVE);
}

export function nextSteps(rng: Rng): string | null {
  return rng.chance(0.75) ? rng.pick(NEXT_STEPS) : null;
}

export const PROJECT_NOTES: Record<string, readonly string[]> = {
  NOT_STARTED: ["Kick-off scheduled.", "Waiting for the signed SOW."],
  ON_TRACK: ["Sprint review done, on plan.", "Designs approved, build started.", "Milestone delivered on time."],
  AT_RISK: ["Client feedback late, buffer used up.", "Scope creep on the templates.", "Key designer off sick."],
  OFF_TRACK: [
    "Missed the milestone; recovery plan needed.",
    "Budget overrun after extra rounds of changes.",
    "Blocked on client IT for two weeks.",
  ],
  ON_HOLD: ["Client paused the work pending budget approval.", "On hold until the new CMO starts."],
  DONE: ["Delivered and signed off.", "Launched; wrap-up report sent."],
};

/** Account-level KPI definitions: [name, unit, direction, typical target range]. */
export const ACCOUNT_KPIS = [
  ["Qualified leads", "leads", "HIGHER_IS_BETTER", 40, 400],
  ["Cost per lead", "USD", "LOWER_IS_BETTER", 20, 180],
  ["Organic sessions", "sessions", "HIGHER_IS_BETTER", 5000, 80000],
  ["Return on ad spend", "x", "HIGHER_IS_BETTER", 2, 8],
  ["Email open rate", "%", "HIGHER_IS_BETTER", 20, 45],
  ["Conversion rate", "%", "HIGHER_IS_BETTER", 1, 6],
  ["Delivery on time", "%", "HIGHER_IS_BETTER", 85, 98],
] as const;

/** AM KPIs tied to commercial objectives. */
export const AM_KPIS = [
  ["Net revenue retention", "%", "HIGHER_IS_BETTER", 100, 115],
  ["Upsell revenue", "USD", "HIGHER_IS_BETTER", 5000, 30000],
  ["Client satisfaction (CSAT)", "score", "HIGHER_IS_BETTER", 4, 5],
  ["Check-ins on cadence", "%", "HIGHER_IS_BETTER", 85, 95],
] as const;

export const SERVICE_LINES = [
  "Paid social",
  "SEO & content",
  "Conversion optimisation",
  "Video production",
  "Email & CRM",
  "Brand strategy",
  "Influencer marketing",
  "Analytics & reporting",
  "Web development",
  "Marketing automation",
] as const;

export const GROWTH_OBJECTIVES = [
  "Grow the account into a full-funnel partnership",
  "Expand from project work into a monthly retainer",
  "Win the international rollout",
  "Become lead agency across all brands",
  "Add performance media to the existing creative retainer",
] as const;

export const GROWTH_ACTIONS = [
  "Map the client's org chart and decision makers",
  "Run a discovery workshop with the product team",
  "Prepare a case study from a similar client",
  "Send a proposal for the new service line",
  "Invite the CMO to the agency showcase",
  "Quarterly business review with growth agenda",
  "Audit their current analytics setup",
  "Introduce our head of strategy",
] as const;
