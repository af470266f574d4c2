/** Builds every row of one demo agency in memory (no I/O), from its spec, a seeded PRNG and a fixed `today`. */
import { randomUUID } from "node:crypto";
import { buildBook } from "./build-book";
import { buildCheckIns } from "./build-checkins";
import { buildCommercial } from "./build-commercial";
import { buildGrowthPlans, buildKpis } from "./build-growth";
import { buildPeople } from "./build-people";
import { buildProjects } from "./build-projects";
import { timeDaysAgo, type Clock } from "./dates";
import type { AgencySpec } from "./demo-agencies";
import { Rng } from "./random";
import { emptyRows, type AgencyRows, type BuildContext } from "./types";

export function buildAgencyRows(spec: AgencySpec, clock: Clock): AgencyRows {
  const agencyId = randomUUID();
  const rows = emptyRows({
    id: agencyId,
    name: spec.name,
    slug: spec.slug,
    employeeCount: spec.employeeCount,
    currency: spec.currency,
    isDemo: true, // what puts it on the public home page (lib/domain/agencies/demo-directory.ts)
    createdAt: new Date(Date.UTC(clock.today.getUTCFullYear() - 3, 0, 15)),
    updatedAt: clock.now,
  });
  const rng = new Rng(`accountable-demo:${spec.slug}`);
  const ctx: BuildContext = {
    spec,
    rng,
    clock,
    agencyId,
    rows,
    cadence: { TIER_1: 14, TIER_2: 30, TIER_3: 45 },
    leader: { id: "", name: "", email: "" },
    ams: [],
    pms: [],
  };
  // Each stage draws from its own stream, so changing one stage does not reshuffle the others.
  const stage = (label: string) => ({ ...ctx, rng: rng.fork(label) });
  buildPeople(ctx);
  const accounts = buildBook(stage("book"));
  buildCheckIns(stage("check-ins"), accounts);
  buildProjects(stage("projects"), accounts);
  buildKpis(stage("kpis"), accounts);
  buildGrowthPlans(stage("growth"), accounts);
  buildCommercial(stage("commercial"), accounts);
  rows.auditEvents.push({
    agencyId,
    actorId: null,
    action: "demo.seeded",
    entityType: "Agency",
    entityId: agencyId,
    after: { accounts: rows.accounts.length, checkIns: rows.checkIns.length, projects: rows.projects.length },
    createdAt: clock.now,
  });
  if (spec.grewFrom) {
    rows.guidelineChanges.push({
      agencyId,
      effectiveAt: timeDaysAgo(clock, spec.grewFrom.daysAgo),
      fromEmployeeCount: spec.grewFrom.employeeCount,
      fromMin: spec.grewFrom.band.min,
      fromMax: spec.grewFrom.band.max,
      fromSource: "SIZE_BAND",
      toEmployeeCount: spec.employeeCount,
      toMin: spec.band.min,
      toMax: spec.band.max,
      toSource: "SIZE_BAND",
    });
  }
  return rows;
}
