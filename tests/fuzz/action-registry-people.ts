import type { ActionEntry } from "./action-registry";
import type { Tenant } from "./fixtures";

/** Registry entries (see action-registry.ts for the format) of the people actions (issue 15). */
const expectations = Object.fromEntries(
  ["RELATIONSHIP", "COMMERCIAL", "STRATEGIC", "DELIVERY", "LEADERSHIP"].map((c) => [
    c,
    { minScore: "3", description: "" },
  ]),
);
const level = (t: Tenant) => ({
  levelId: t.ids.level,
  expectedVersion: t.versions.level,
  name: "Coordinator",
  summary: "First rung",
  expectations,
});
const assessment = (t: Tenant) => ({
  membershipId: t.ids.am,
  source: "MANAGER",
  assessedOn: "2026-11-20",
  scores: { RELATIONSHIP: "4" },
  evidence: { RELATIONSHIP: "The CMO calls them first" },
});
const oneOnOne = (t: Tenant) => ({
  amId: t.ids.am,
  heldOn: "2026-11-20",
  topics: "Workload",
  coachingNotes: "Protect a focus morning",
  questions: "Next level review?",
  actions: "Draft the proposal\nBook the course",
});
const handover = (t: Tenant) => ({ membershipId: t.ids.spareMember, moves: [], reportsTo: "", projectsTo: "" });

export const PEOPLE_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/people#editLevel": {
    call: "member",
    valid: level,
    foreignIds: ({ a, b }) => [{ ...level(a), levelId: b.ids.level }],
    freeText: ["name", "summary"],
  },
  "lib/actions/people#setLevelKpis": {
    call: "member",
    valid: (t) => ({ levelId: t.ids.level, kpiNames: ["Qualified leads"] }),
    foreignIds: ({ b }) => [{ levelId: b.ids.level, kpiNames: ["Qualified leads"] }],
    freeText: ["kpiNames"],
  },
  "lib/actions/people#setLevel": {
    call: "member",
    valid: (t) => ({ membershipId: t.ids.am, levelId: t.ids.level }),
    foreignIds: ({ a, b }) => [
      { membershipId: b.ids.am, levelId: a.ids.level },
      { membershipId: a.ids.am, levelId: b.ids.level },
    ],
  },
  "lib/actions/people#setManager": {
    call: "member",
    valid: (t) => ({ membershipId: t.ids.am, managerId: t.ids.secondAm, cadenceDays: "21" }),
    foreignIds: ({ a, b }) => [
      { membershipId: b.ids.am, managerId: a.ids.secondAm, cadenceDays: 14 },
      { membershipId: a.ids.am, managerId: b.ids.secondAm, cadenceDays: 14 },
    ],
  },
  "lib/actions/people#recordAssessment": {
    call: "member",
    valid: assessment,
    foreignIds: ({ a, b }) => [{ ...assessment(a), membershipId: b.ids.am }],
  },
  "lib/actions/people#addDevelopmentItem": {
    call: "member",
    valid: (t) => ({ membershipId: t.ids.am, kind: "TRAINING", title: "Negotiation course", dueDate: "2027-01-15" }),
    foreignIds: ({ b }) => [{ membershipId: b.ids.am, kind: "GOAL", title: "Spy" }],
    freeText: ["title"],
  },
  "lib/actions/people#setDevelopmentItemStatus": {
    call: "member",
    valid: (t) => ({ itemId: t.ids.developmentItem, status: "IN_PROGRESS" }),
    foreignIds: ({ b }) => [{ itemId: b.ids.developmentItem, status: "DONE" }],
  },
  "lib/actions/people#recordOneOnOne": {
    call: "member",
    valid: oneOnOne,
    foreignIds: ({ a, b }) => [{ ...oneOnOne(a), amId: b.ids.am }],
    freeText: ["topics", "coachingNotes", "questions", "actions"],
  },
  "lib/actions/people#setOneOnOneActionDone": {
    call: "member",
    // The AM ticks their own agreed action.
    actor: (t) => t.users.am,
    valid: (t) => ({ actionId: t.ids.oneOnOneAction, done: true }),
    foreignIds: ({ b }) => [{ actionId: b.ids.oneOnOneAction, done: true }],
  },
  "lib/actions/people#applyHandover": {
    call: "member",
    valid: handover,
    foreignIds: ({ a, b }) => [
      handover(b),
      {
        membershipId: a.ids.am,
        moves: [{ accountId: b.ids.account, expectedVersion: 1, toAmId: a.ids.secondAm }],
        projectsTo: a.ids.pm,
      },
      {
        membershipId: a.ids.am,
        moves: [{ accountId: a.ids.account, expectedVersion: a.versions.account, toAmId: b.ids.am }],
        projectsTo: a.ids.pm,
      },
      { ...handover(a), reportsTo: b.ids.leader },
      { ...handover(a), projectsTo: b.ids.pm },
    ],
  },
};
