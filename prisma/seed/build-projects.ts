/** Projects in every status with a consistent ProjectUpdate history; OFF_TRACK work sits on the overloaded AMs. */
import { randomUUID } from "node:crypto";
import { PROJECT_NOTES, projectName } from "./copy";
import { daysBetween, timeDaysAgo, dateDaysAgo, addDays, dateOnly } from "./dates";
import type { AccountPlan, BuildContext, Member } from "./types";
import { isLive } from "./types";

export const PROJECT_STATUSES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "ON_HOLD", "DONE"] as const;
type Status = (typeof PROJECT_STATUSES)[number];
type Draft = { account: AccountPlan; status: Status; stale: boolean };

/**
 * Versioning convention: creating a project is version 1 and writes no update; each ProjectUpdate produces the next
 * version (2, 3, ...), so project.version = number of updates + 1 and lastStatusAt = the last update's time.
 */
export function buildProjects(ctx: BuildContext, accounts: AccountPlan[]) {
  const drafts = draftProjects(ctx, accounts);
  const names = new Map<string, Set<string>>();
  for (const draft of drafts) {
    const used = names.get(draft.account.id) ?? new Set<string>();
    names.set(draft.account.id, used);
    addProject(ctx, draft, projectName(ctx.rng, used));
  }
}

function draftProjects(ctx: BuildContext, accounts: AccountPlan[]): Draft[] {
  const { rng } = ctx;
  const drafts: Draft[] = [];
  for (const account of accounts) {
    const live = isLive(account.status);
    let count = live
      ? account.kind === "PROJECT"
        ? rng.int(1, 2)
        : rng.weighted([
            [0, 3],
            [1, 5],
            [2, 2],
          ])
      : rng.weighted([
          [0, 1],
          [1, 2],
        ]);
    if (account.offTrack) count = Math.max(count, 1);
    for (let i = 0; i < count; i++) {
      let status: Status;
      if (!live) status = account.status === "PAUSED" ? "ON_HOLD" : "DONE";
      else if (account.offTrack && i === 0) status = "OFF_TRACK";
      else
        status = rng.weighted<Status>([
          ["NOT_STARTED", 10],
          ["ON_TRACK", 45],
          ["AT_RISK", account.status === "AT_RISK" ? 30 : 12],
          ["ON_HOLD", 6],
          ["DONE", 22],
        ]);
      const overloaded = account.am.spec.expect === "OVERLOADED";
      const stale = ["ON_TRACK", "AT_RISK", "OFF_TRACK"].includes(status) && rng.chance(overloaded ? 0.4 : 0.12);
      drafts.push({ account, status, stale });
    }
  }
  // Every status appears in every agency (OFF_TRACK comes from the specs), and at least one project is stale.
  for (const wanted of PROJECT_STATUSES) {
    if (drafts.some((d) => d.status === wanted)) continue;
    const donor = drafts.find((d) => d.status === "ON_TRACK" && isLive(d.account.status));
    if (donor) donor.status = wanted;
  }
  if (!drafts.some((d) => d.stale)) {
    const candidate = drafts.find((d) => d.status === "ON_TRACK" || d.status === "AT_RISK");
    if (candidate) candidate.stale = true;
  }
  return drafts;
}

function addProject(ctx: BuildContext, draft: Draft, name: string) {
  const { rng, clock, rows } = ctx;
  const { account, status } = draft;
  const pm: Member = account.am.alsoPm ? account.am : rng.pick(ctx.pms);
  const ageDays = daysBetween(account.startDate, clock.today);
  const budget = Math.round(rng.int(8_000, account.client.tier === "TIER_1" ? 150_000 : 60_000) / 500) * 500;
  const id = randomUUID();
  const fixed = {
    id,
    agencyId: ctx.agencyId,
    accountId: account.id,
    pmId: pm.id,
    name,
    status,
    budget: budget.toFixed(2),
  };

  if (status === "NOT_STARTED") {
    const createdAt = timeDaysAgo(clock, rng.int(1, 10), rng.int(9, 17));
    const startDate = dateDaysAgo(clock, -rng.int(3, 30));
    rows.projects.push({
      ...fixed,
      startDate,
      dueDate: addDays(startDate, rng.int(30, 150)),
      spent: "0.00",
      percentComplete: 0,
      version: 1,
      lastStatusAt: createdAt,
      createdAt,
      updatedAt: createdAt,
    });
    return;
  }

  const lastAgo = draft.stale
    ? rng.int(16, 45)
    : status === "ON_HOLD"
      ? rng.int(15, 60)
      : status === "DONE"
        ? rng.int(3, 90)
        : rng.int(0, 12);
  const startAgo = Math.max(lastAgo + 14, Math.min(ageDays, rng.int(lastAgo + 20, lastAgo + 200)));
  const startDate = dateDaysAgo(clock, startAgo);
  const finalPercent =
    status === "DONE"
      ? 100
      : status === "OFF_TRACK"
        ? rng.int(20, 60)
        : status === "ON_HOLD"
          ? rng.int(10, 50)
          : rng.int(15, 90);
  const burn =
    status === "DONE"
      ? rng.float(0.85, 1.1)
      : status === "OFF_TRACK"
        ? (finalPercent / 100) * rng.float(1.3, 1.7)
        : status === "AT_RISK"
          ? (finalPercent / 100) * rng.float(1.1, 1.3)
          : (finalPercent / 100) * rng.float(0.8, 1.05);
  const finalSpent = Math.round(budget * burn * 100) / 100;
  const dueDate =
    status === "DONE"
      ? dateDaysAgo(clock, lastAgo - rng.int(-5, 10))
      : addDays(startDate, rng.int(startAgo + 10, startAgo + 120));

  const steps = status === "DONE" ? rng.int(3, 6) : rng.int(1, 5);
  let from: Status = "NOT_STARTED";
  let lastAt = timeDaysAgo(clock, lastAgo, 12);
  for (let i = 0; i < steps; i++) {
    const last = i === steps - 1;
    const to: Status = last
      ? status
      : i === 0
        ? "ON_TRACK"
        : rng.weighted<Status>([
            ["ON_TRACK", 6],
            ["AT_RISK", 3],
          ]);
    const ago = Math.round(startAgo - ((startAgo - lastAgo) * (i + 1)) / steps);
    const at = timeDaysAgo(clock, ago, rng.int(9, 17), rng.pick([0, 10, 20, 30, 40, 50]));
    lastAt = at;
    rows.projectUpdates.push({
      id: randomUUID(),
      agencyId: ctx.agencyId,
      projectId: id,
      authorId: pm.id,
      fromStatus: from,
      toStatus: to,
      percentComplete: Math.round((finalPercent * (i + 1)) / steps),
      spent: ((finalSpent * (i + 1)) / steps).toFixed(2),
      note: rng.pick(PROJECT_NOTES[to] ?? [""]),
      version: i + 2,
      createdAt: at,
    });
    from = to;
  }
  const createdAt = timeDaysAgo(clock, startAgo + rng.int(1, 7), 9);
  rows.projects.push({
    ...fixed,
    startDate: dateOnly(startDate),
    dueDate,
    spent: finalSpent.toFixed(2),
    percentComplete: finalPercent,
    version: steps + 1,
    lastStatusAt: lastAt,
    createdAt,
    updatedAt: lastAt,
  });
}
