"use server";

import { actionGroup } from "@/lib/actions/define-action";
import { PORTFOLIO_PAGES } from "@/lib/actions/revalidate";
import { WRITE } from "@/lib/auth/permissions";
import * as development from "@/lib/domain/people/development-mutations";
import { applyHandover as applyHandoverMutation } from "@/lib/domain/people/handover";
import * as ladder from "@/lib/domain/people/ladder-mutations";
import { setLevelKpis as setLevelKpisMutation } from "@/lib/domain/people/level-kpis";
import * as oneOnOnes from "@/lib/domain/people/one-on-one-mutations";
import {
  addDevelopmentItemSchema,
  editLevelSchema,
  handoverSchema,
  recordAssessmentSchema,
  recordOneOnOneSchema,
  setDevelopmentItemStatusSchema,
  setLevelKpisSchema,
  setLevelSchema,
  setManagerSchema,
  setOneOnOneActionDoneSchema,
} from "@/lib/domain/people/schemas";

/**
 * People writes (issue 15). Leaders ("people:manage") edit the ladder, set levels and manager pairs and run handovers;
 * AMs ("people:write:own") write their own view and plan and, for the people they manage, the manager's side. The
 * per-row rule is lib/domain/people/access.ts, asked by each mutation on the loaded row.
 */
const PERSON_PAGES = ["/people", "/people/[membershipId]", "/portfolio/ams/[membershipId]"] as const;

const leaderAction = actionGroup("people", { permission: "people:manage", revalidate: PERSON_PAGES });
const personAction = actionGroup("people", { permission: WRITE.people, revalidate: PERSON_PAGES });

export const editLevel = leaderAction("editLevel", editLevelSchema, ladder.editLevel, {
  revalidate: ["/people/ladder", "/people/[membershipId]"],
});
export const setLevelKpis = leaderAction("setLevelKpis", setLevelKpisSchema, setLevelKpisMutation, {
  revalidate: ["/people/ladder"],
});
export const setLevel = leaderAction("setLevel", setLevelSchema, ladder.setLevel);
export const setManager = leaderAction("setManager", setManagerSchema, ladder.setManager);
export const applyHandover = leaderAction("applyHandover", handoverSchema, applyHandoverMutation, {
  revalidate: [...PERSON_PAGES, ...PORTFOLIO_PAGES, "/members", "/people/[membershipId]/handover"],
});

export const recordAssessment = personAction("recordAssessment", recordAssessmentSchema, development.recordAssessment);
export const addDevelopmentItem = personAction(
  "addDevelopmentItem",
  addDevelopmentItemSchema,
  development.addDevelopmentItem,
);
export const setDevelopmentItemStatus = personAction(
  "setDevelopmentItemStatus",
  setDevelopmentItemStatusSchema,
  development.setDevelopmentItemStatus,
);
export const recordOneOnOne = personAction("recordOneOnOne", recordOneOnOneSchema, oneOnOnes.recordOneOnOne);
export const setOneOnOneActionDone = personAction(
  "setOneOnOneActionDone",
  setOneOnOneActionDoneSchema,
  oneOnOnes.setOneOnOneActionDone,
);
