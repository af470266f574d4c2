"use server";

import { defineAction } from "@/lib/actions/define-action";
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

export const editLevel = defineAction({
  name: "people.editLevel",
  schema: editLevelSchema,
  permission: "people:manage",
  run: ladder.editLevel,
  revalidate: ["/people/ladder", "/people/[membershipId]"],
});

export const setLevelKpis = defineAction({
  name: "people.setLevelKpis",
  schema: setLevelKpisSchema,
  permission: "people:manage",
  run: setLevelKpisMutation,
  revalidate: ["/people/ladder"],
});

export const setLevel = defineAction({
  name: "people.setLevel",
  schema: setLevelSchema,
  permission: "people:manage",
  run: ladder.setLevel,
  revalidate: PERSON_PAGES,
});

export const setManager = defineAction({
  name: "people.setManager",
  schema: setManagerSchema,
  permission: "people:manage",
  run: ladder.setManager,
  revalidate: PERSON_PAGES,
});

export const recordAssessment = defineAction({
  name: "people.recordAssessment",
  schema: recordAssessmentSchema,
  permission: WRITE.people,
  run: development.recordAssessment,
  revalidate: PERSON_PAGES,
});

export const addDevelopmentItem = defineAction({
  name: "people.addDevelopmentItem",
  schema: addDevelopmentItemSchema,
  permission: WRITE.people,
  run: development.addDevelopmentItem,
  revalidate: PERSON_PAGES,
});

export const setDevelopmentItemStatus = defineAction({
  name: "people.setDevelopmentItemStatus",
  schema: setDevelopmentItemStatusSchema,
  permission: WRITE.people,
  run: development.setDevelopmentItemStatus,
  revalidate: PERSON_PAGES,
});

export const recordOneOnOne = defineAction({
  name: "people.recordOneOnOne",
  schema: recordOneOnOneSchema,
  permission: WRITE.people,
  run: oneOnOnes.recordOneOnOne,
  revalidate: PERSON_PAGES,
});

export const setOneOnOneActionDone = defineAction({
  name: "people.setOneOnOneActionDone",
  schema: setOneOnOneActionDoneSchema,
  permission: WRITE.people,
  run: oneOnOnes.setOneOnOneActionDone,
  revalidate: PERSON_PAGES,
});

export const applyHandover = defineAction({
  name: "people.applyHandover",
  schema: handoverSchema,
  permission: "people:manage",
  run: applyHandoverMutation,
  revalidate: [...PERSON_PAGES, ...PORTFOLIO_PAGES, "/members", "/people/[membershipId]/handover"],
});
