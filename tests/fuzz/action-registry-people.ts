import type { ActionEntry } from "./action-registry";
import { memberAction, rowAction, swapAction } from "./action-entries";
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
  "lib/actions/people#editLevel": swapAction(level, (b) => [{ levelId: b.ids.level }], {
    freeText: ["name", "summary"],
  }),
  "lib/actions/people#setLevelKpis": rowAction("levelId", "level", { kpiNames: ["Qualified leads"] }, undefined, {
    freeText: ["kpiNames"],
  }),
  "lib/actions/people#setLevel": swapAction(
    (t) => ({ membershipId: t.ids.am, levelId: t.ids.level }),
    (b) => [{ membershipId: b.ids.am }, { levelId: b.ids.level }],
  ),
  "lib/actions/people#setManager": memberAction(
    (t) => ({ membershipId: t.ids.am, managerId: t.ids.secondAm, cadenceDays: "21" }),
    ({ a, b }) => [
      { membershipId: b.ids.am, managerId: a.ids.secondAm, cadenceDays: 14 },
      { membershipId: a.ids.am, managerId: b.ids.secondAm, cadenceDays: 14 },
    ],
  ),
  "lib/actions/people#recordAssessment": swapAction(assessment, (b) => [{ membershipId: b.ids.am }]),
  "lib/actions/people#addDevelopmentItem": rowAction(
    "membershipId",
    "am",
    { kind: "TRAINING", title: "Negotiation course", dueDate: "2027-01-15" },
    [{ kind: "GOAL", title: "Spy" }],
    { freeText: ["title"] },
  ),
  "lib/actions/people#setDevelopmentItemStatus": rowAction("itemId", "developmentItem", { status: "IN_PROGRESS" }, [
    { status: "DONE" },
  ]),
  "lib/actions/people#recordOneOnOne": swapAction(oneOnOne, (b) => [{ amId: b.ids.am }], {
    freeText: ["topics", "coachingNotes", "questions", "actions"],
  }),
  // The AM ticks their own agreed action.
  "lib/actions/people#setOneOnOneActionDone": rowAction("actionId", "oneOnOneAction", { done: true }, undefined, {
    actor: (t) => t.users.am,
  }),
  "lib/actions/people#applyHandover": memberAction(handover, ({ a, b }) => [
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
  ]),
};
