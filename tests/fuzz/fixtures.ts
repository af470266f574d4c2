import { afterAll, beforeAll } from "vitest";
import { addPeopleRows } from "./fixtures-people";
import type { Db } from "../../lib/db/client";
import type { SessionUser } from "../../lib/auth/session";
import { invite } from "../../lib/actions/members";
import { hashPassword } from "../../lib/auth/credentials";
import { newSecret } from "../../lib/domain/auth-mail/user-tokens";
import { useAppTestDatabase, type AppTestDatabase } from "../support/app-database";
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
  /** The agency's name, which deleting it asks to be typed. */
  agencyName: string;
  agencyId: string;
  users: { leader: SessionUser; am: SessionUser; pm: SessionUser; viewer: SessionUser; invitee: SessionUser };
  ids: {
    account: string;
    client: string;
    /** A client with no accounts, so archiving it is allowed. */
    spareClient: string;
    contact: string;
    kpi: string;
    measurement: string;
    plan: string;
    opportunity: string;
    growthAction: string;
    project: string;
    leader: string;
    am: string;
    secondAm: string;
    pm: string;
    viewer: string;
    spareMember: string;
    inactiveMember: string;
    pendingInvitation: string;
    /** A second active leader: whom ownership can be handed to. */
    coLeader: string;
    /** People (issue 15): the first rung of the ladder, a development item and an agreed 1:1 action of the AM. */
    level: string;
    developmentItem: string;
    oneOnOneAction: string;
    /** The account's first value-history row (written by the trigger on "Account"). */
    valueChange: string;
    /** An open manual follow-up on `account`, assigned to the AM. */
    followUp: string;
    /** An unread notification of the leader (the inbox actions). */
    notification: string;
    /** A new-business lead owned by the AM (a former contact's new company). */
    lead: string;
  };
  /** The client's name, for CSV inputs that name rows by name (the timesheet import). */
  clientName: string;
  /** Live single-use tokens for the leader's address (password reset, e-mail verification). */
  resetToken: string;
  verifyToken: string;
  /** Current row versions, for inputs that must name the version they saw (refreshVersions reads them). */
  versions: { project: number; account: number; settings: number; level: number };
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

async function addGrowthRows(admin: Db, agencyId: string, accountId: string, ownerId: string) {
  const plan = await admin.growthPlan.create({
    data: {
      agencyId,
      accountId,
      objective: "Grow paid social",
      periodStart: new Date("2026-01-01"),
      periodEnd: new Date("2026-12-31"),
      targetRevenue: "60000",
    },
  });
  const [opportunity, growthAction] = await Promise.all([
    admin.opportunity.create({
      data: { agencyId, growthPlanId: plan.id, serviceLine: "SEO", estimatedMonthlyValue: "1500" },
    }),
    admin.growthAction.create({ data: { agencyId, growthPlanId: plan.id, ownerId, title: "Pitch the SEO audit" } }),
  ]);
  return { plan, opportunity, growthAction };
}

async function addKpiRows(admin: Db, agencyId: string, accountId: string) {
  const kpi = await admin.kpi.create({
    data: { agencyId, accountId, name: "Qualified leads", unit: "leads", target: "40" },
  });
  const measurement = await admin.kpiMeasurement.create({
    data: { agencyId, kpiId: kpi.id, value: "31", periodStart: new Date("2026-03-01") },
  });
  return { kpi, measurement };
}

/** A live password-reset / verification token for a user (only its hash is stored, as the app does). */
async function userToken(admin: Db, userId: string, purpose: "reset" | "verify") {
  const { secret, hash } = newSecret();
  await admin.userToken.create({
    data: { userId, purpose, tokenHash: hash, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return secret;
}

/** A tenant's rows, created as the superuser; independent rows in parallel (this runs before every fuzzed action). */
/** The leader's password (the password-change action needs a real one); hashed once per test file. */
export const FIXTURE_PASSWORD = "the fixture leader's password";
let fixtureHash: Promise<string> | undefined;

async function createTenantRows(admin: Db, label: string): Promise<Omit<Tenant, "inviteeToken" | "newcomerToken">> {
  const f = await createAgencyFixture(admin, label);
  const agencyId = f.agency.id;
  fixtureHash ??= hashPassword(FIXTURE_PASSWORD);
  await admin.user.update({ where: { id: f.users.leader.id }, data: { passwordHash: await fixtureHash } });
  const [contact, project, spareClient, { kpi, measurement }, growth, secondAm, spare, inactive, pending, invitee, co] =
    await Promise.all([
      admin.contact.create({
        data: { agencyId, clientId: f.client.id, name: `${label} Contact`, email: newEmail("contact") },
      }),
      admin.project.create({
        data: {
          agencyId,
          accountId: f.account.id,
          pmId: f.memberships.pm.id,
          name: `${label} Site`,
          status: "ON_TRACK",
        },
      }),
      admin.client.create({ data: { agencyId, name: `${label} Prospect`, tier: "TIER_3" } }),
      addKpiRows(admin, agencyId, f.account.id),
      addGrowthRows(admin, agencyId, f.account.id, f.memberships.am.id),
      addMember(admin, agencyId, ["AM"], { label: "am2" }),
      addMember(admin, agencyId, ["AM"], { label: "spare" }),
      addMember(admin, agencyId, ["AM"], { label: "gone", active: false }),
      addPendingInvitation(admin, agencyId, f.memberships.leader.id),
      addUser(admin, "invitee"),
      addMember(admin, agencyId, ["LEADER"], { label: "coleader" }),
    ]);
  const people = await addPeopleRows(admin, agencyId, f.memberships.am.id, f.memberships.leader.id);
  const followUp = await admin.followUp.create({
    data: {
      agencyId,
      accountId: f.account.id,
      assigneeId: f.memberships.am.id,
      title: `${label} follow-up`,
      dueDate: new Date("2026-12-31"),
    },
    select: { id: true },
  });
  const notification = await admin.notification.create({
    data: {
      agencyId,
      userId: f.users.leader.id,
      event: "digest.leader_weekly",
      title: `${label} digest`,
      body: "Figures",
    },
    select: { id: true },
  });
  const lead = await admin.newBusinessLead.create({
    data: { agencyId, ownerId: f.memberships.am.id, companyName: `${label} Lead Co`, contactName: "Dana Reyes" },
    select: { id: true },
  });
  const resetToken = await userToken(admin, f.users.leader.id, "reset");
  const verifyToken = await userToken(admin, f.users.leader.id, "verify");
  return {
    slug: f.agency.slug,
    agencyName: f.agency.name,
    agencyId,
    users: {
      leader: plain(f.users.leader),
      am: plain(f.users.am),
      pm: plain(f.users.pm),
      viewer: plain(f.users.viewer),
      invitee,
    },
    ids: {
      account: f.account.id,
      client: f.client.id,
      spareClient: spareClient.id,
      contact: contact.id,
      kpi: kpi.id,
      measurement: measurement.id,
      plan: growth.plan.id,
      opportunity: growth.opportunity.id,
      growthAction: growth.growthAction.id,
      project: project.id,
      leader: f.memberships.leader.id,
      am: f.memberships.am.id,
      secondAm: secondAm.membership.id,
      pm: f.memberships.pm.id,
      viewer: f.memberships.viewer.id,
      spareMember: spare.membership.id,
      inactiveMember: inactive.membership.id,
      pendingInvitation: pending.id,
      coLeader: co.membership.id,
      ...people,
      valueChange: (
        await admin.accountValueChange.findFirstOrThrow({ where: { accountId: f.account.id }, select: { id: true } })
      ).id,
      followUp: followUp.id,
      notification: notification.id,
      lead: lead.id,
    },
    clientName: f.client.name,
    resetToken,
    verifyToken,
    versions: { project: 1, account: 1, settings: 1, level: 1 },
    newcomerEmail: newEmail("newcomer"),
  };
}

/** The invitation tokens, one after another: the invite action reads the one mocked session. */
async function withTokens(rows: Omit<Tenant, "inviteeToken" | "newcomerToken">): Promise<Tenant> {
  const { slug, users } = rows;
  const inviteeToken = await tokenFor(slug, users.leader, users.invitee.email);
  const newcomerToken = await tokenFor(slug, users.leader, rows.newcomerEmail);
  return { ...rows, inviteeToken, newcomerToken };
}

export async function createTenant(admin: Db, label: string): Promise<Tenant> {
  return withTokens(await createTenantRows(admin, label));
}

export async function createTenants(admin: Db): Promise<Tenants> {
  const [a, b] = await Promise.all([createTenantRows(admin, "Alpha"), createTenantRows(admin, "Beta")]);
  return { a: await withTokens(a), b: await withTokens(b) };
}

/**
 * A database of the test file's own with tenants Alpha (`a`) and Beta (`b`), made once before the file's tests and
 * dropped after them; `ready` receives them as soon as they exist: `setUpTenants((s) => ({ db, x } = s))`.
 */
export function setUpTenants(ready: (scenario: { db: AppTestDatabase; x: Tenants }) => unknown) {
  let db: AppTestDatabase | undefined;
  beforeAll(async () => {
    db = await useAppTestDatabase();
    await ready({ db, x: await createTenants(db.admin) });
  });
  afterAll(async () => db?.close());
}

/** Every id of a tenant, for probes that swap an id field for a foreign one. */
export const allIds = (t: Tenant): string[] => Object.values(t.ids);

/** Reads the versions a valid input must name, after earlier cases may have bumped them. */
export async function refreshVersions(admin: Db, t: Tenant): Promise<void> {
  const [project, account, agency, level] = await Promise.all([
    admin.project.findUniqueOrThrow({ where: { id: t.ids.project }, select: { version: true } }),
    admin.account.findUniqueOrThrow({ where: { id: t.ids.account }, select: { version: true } }),
    admin.agency.findUniqueOrThrow({ where: { id: t.agencyId }, select: { settingsVersion: true } }),
    admin.careerLevel.findUniqueOrThrow({ where: { id: t.ids.level }, select: { version: true } }),
  ]);
  t.versions = {
    project: project.version,
    account: account.version,
    settings: agency.settingsVersion,
    level: level.version,
  };
}
