import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/client";

/** Minimal agencies with a leader, an AM, a client and an account — created as the superuser (fixture setup). */
export async function createAgencyFixture(admin: Db, label: string) {
  const suffix = randomUUID().slice(0, 8);
  const agency = await admin.agency.create({
    data: { name: `${label} Agency`, slug: `${label.toLowerCase()}-${suffix}`, employeeCount: 8 },
  });
  const mkUser = (role: string) =>
    admin.user.create({
      data: { email: `${role}.${suffix}@${label.toLowerCase()}.test`, name: `${label} ${role}`, passwordHash: "x" },
      select: { id: true, email: true, name: true },
    });
  const [leaderUser, amUser, pmUser, viewerUser] = await Promise.all([
    mkUser("leader"),
    mkUser("am"),
    mkUser("pm"),
    mkUser("viewer"),
  ]);
  const membership = (userId: string, roles: ("LEADER" | "AM" | "PM" | "VIEWER")[], isOwner = false) =>
    admin.membership.create({ data: { agencyId: agency.id, userId, roles, isOwner }, select: { id: true } });
  const leader = await membership(leaderUser.id, ["LEADER"], true);
  const am = await membership(amUser.id, ["AM"]);
  const pm = await membership(pmUser.id, ["PM"]);
  const viewer = await membership(viewerUser.id, ["VIEWER"]);
  const client = await admin.client.create({ data: { agencyId: agency.id, name: `${label} Client`, tier: "TIER_1" } });
  const account = await admin.account.create({
    data: {
      agencyId: agency.id,
      clientId: client.id,
      amId: am.id,
      name: "Retainer",
      startDate: new Date("2026-01-01"),
      monthlyValue: "4500.00",
    },
  });
  return {
    agency,
    users: { leader: leaderUser, am: amUser, pm: pmUser, viewer: viewerUser },
    memberships: { leader, am, pm, viewer },
    client,
    account,
  };
}

export type AgencyFixture = Awaited<ReturnType<typeof createAgencyFixture>>;
