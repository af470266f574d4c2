import type { Db } from "../../lib/db/client";
import type { SessionUser } from "../../lib/auth/session";
import { invite } from "../../lib/actions/members";
import { signInAs } from "../support/session";
import { createAgencyFixture } from "../factories/tenants";
import { addMember, addPendingInvitation, addUser, newEmail } from "../factories/members";

/**
 * One agency with a row of every kind the actions name, for the fuzz and cross-tenant tests. Rows that a valid
 * action would consume (deactivate, revoke, accept) are spares, so the shared rows stay usable for every action.
 * Sessions must be mocked (`vi.mock("@/lib/auth/session", …)`) in the test file: the invitation tokens are made
 * through the real invite action.
 */
export type Tenant = {
  slug: string;
  agencyId: string;
  users: { leader: SessionUser; am: SessionUser; pm: SessionUser; viewer: SessionUser; invitee: SessionUser };
  ids: {
    account: string;
    client: string;
    contact: string;
    project: string;
    leader: string;
    am: string;
    secondAm: string;
    pm: string;
    viewer: string;
    spareMember: string;
    inactiveMember: string;
    pendingInvitation: string;
  };
  /** Current row versions, for inputs that must name the version they saw (refreshVersions reads them). */
  versions: { project: number; account: number };
  /** A pending invitation for `users.invitee` (a person in no agency), for acceptInvitationAsMe. */
  inviteeToken: string;
  /** A pending invitation for an address with no account yet, for signUpFromInvitation. */
  newcomerToken: string;
  newcomerEmail: string;
};

export type Tenants = { a: Tenant; b: Tenant };

const plain = (u: { id: string; name: string; email: string }): SessionUser => ({
  id: u.id,
  name: u.name,
  email: u.email,
});

async function tokenFor(slug: string, leader: SessionUser, email: string): Promise<string> {
  signInAs(leader);
  const result = await invite(slug, { email, roles: ["AM"] });
  signInAs(null);
  if (!result.ok) throw new Error(`fixture invitation failed: ${result.message}`);
  return result.data.token;
}

export async function createTenant(admin: Db, label: string): Promise<Tenant> {
  const f = await createAgencyFixture(admin, label);
  const agencyId = f.agency.id;
  const contact = await admin.contact.create({
    data: { agencyId, clientId: f.client.id, name: `${label} Contact`, email: newEmail("contact") },
  });
  const project = await admin.project.create({
    data: { agencyId, accountId: f.account.id, pmId: f.memberships.pm.id, name: `${label} Site`, status: "ON_TRACK" },
  });
  const secondAm = await addMember(admin, agencyId, ["AM"], { label: "am2" });
  const spare = await addMember(admin, agencyId, ["AM"], { label: "spare" });
  const inactive = await addMember(admin, agencyId, ["AM"], { label: "gone", active: false });
  const pending = await addPendingInvitation(admin, agencyId, f.memberships.leader.id);
  const invitee = await addUser(admin, "invitee");
  const leader = plain(f.users.leader);
  const newcomerEmail = newEmail("newcomer");
  return {
    slug: f.agency.slug,
    agencyId,
    users: { leader, am: plain(f.users.am), pm: plain(f.users.pm), viewer: plain(f.users.viewer), invitee },
    ids: {
      account: f.account.id,
      client: f.client.id,
      contact: contact.id,
      project: project.id,
      leader: f.memberships.leader.id,
      am: f.memberships.am.id,
      secondAm: secondAm.membership.id,
      pm: f.memberships.pm.id,
      viewer: f.memberships.viewer.id,
      spareMember: spare.membership.id,
      inactiveMember: inactive.membership.id,
      pendingInvitation: pending.id,
    },
    versions: { project: 1, account: 1 },
    inviteeToken: await tokenFor(f.agency.slug, leader, invitee.email),
    newcomerToken: await tokenFor(f.agency.slug, leader, newcomerEmail),
    newcomerEmail,
  };
}

export async function createTenants(admin: Db): Promise<Tenants> {
  return { a: await createTenant(admin, "Alpha"), b: await createTenant(admin, "Beta") };
}

/** Every id of a tenant, for probes that swap an id field for a foreign one. */
export const allIds = (t: Tenant): string[] => Object.values(t.ids);

/** Reads the versions a valid input must name, after earlier cases may have bumped them. */
export async function refreshVersions(admin: Db, t: Tenant): Promise<void> {
  const [project, account] = await Promise.all([
    admin.project.findUniqueOrThrow({ where: { id: t.ids.project }, select: { version: true } }),
    admin.account.findUniqueOrThrow({ where: { id: t.ids.account }, select: { version: true } }),
  ]);
  t.versions = { project: project.version, account: account.version };
}
