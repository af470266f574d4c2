/** Users and memberships of one demo agency: an owner, the AMs, the PMs, a viewer and the multi-agency leader. */
import { randomUUID } from "node:crypto";
import { MULTI_AGENCY_LEADER, type PersonSpec } from "./demo-agencies";
import { emailLocal } from "./names";
import type { AmPlan, BuildContext, Member } from "./types";

type Role = "LEADER" | "AM" | "PM" | "VIEWER";

const FORMER_AM: PersonSpec = { name: "Alex Moreno" };
/** When the former AM joined (days before the seed's clock); people-demo.ts has them leave four months ago. */
export const FORMER_AM_DAYS = 820;

export function buildPeople(ctx: BuildContext): { viewer: Member } {
  const { spec, rows, clock } = ctx;
  const used = new Set<string>();
  const emailFor = (person: PersonSpec) => {
    if (person.email) return person.email.toLowerCase();
    const [first = "", ...rest] = person.name.split(" ");
    const base = emailLocal(first, rest.join(""));
    let local = base;
    for (let n = 2; used.has(local); n++) local = `${base}${n}`;
    used.add(local);
    return `${local}@${spec.slug}.example`;
  };
  const add = (person: PersonSpec, roles: Role[], isOwner = false, email = emailFor(person)): Member => {
    const id = randomUUID();
    rows.users.push({ email, name: person.name });
    rows.memberships.push({
      id,
      agencyId: ctx.agencyId,
      userEmail: email,
      roles,
      isOwner,
      active: true,
      createdAt: clock.now,
      updatedAt: clock.now,
    });
    return { id, name: person.name, email };
  };

  ctx.leader = add(spec.leader, ["LEADER"], true);
  add(MULTI_AGENCY_LEADER, ["LEADER"], false, MULTI_AGENCY_LEADER.email);
  ctx.ams = spec.ams.map((am): AmPlan => ({
    ...add(am, am.alsoPm ? ["AM", "PM"] : ["AM"]),
    spec: am,
    alsoPm: am.alsoPm ?? false,
  }));
  ctx.pms = spec.pms.map((pm) => add(pm, ["PM"]));
  const viewer = add(spec.viewer, ["VIEWER"]);
  // One AM who left (people-demo.ts gives them a profile with a start and leave date): the dashboard's departures
  // and tenure figures have someone to count. Deactivated, so they own nothing and cannot sign in here.
  const former = add(FORMER_AM, ["AM"]);
  const row = rows.memberships.find((m) => m.id === former.id)!;
  row.active = false;
  row.createdAt = row.updatedAt = new Date(clock.now.getTime() - FORMER_AM_DAYS * 86_400_000);
  return { viewer };
}
