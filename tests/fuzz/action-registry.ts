import type { SessionUser } from "../../lib/auth/session";
import { newEmail } from "../factories/members";
import { FIXTURE_PASSWORD, type Tenant, type Tenants } from "./fixtures";
import { COMMERCIAL_ACTIONS } from "./action-registry-commercial";
import { CRM_ACTIONS } from "./action-registry-crm";
import { GROWTH_ACTIONS } from "./action-registry-growth";
import { PEOPLE_ACTIONS } from "./action-registry-people";
import { NOTIFICATION_ACTIONS } from "./action-registry-notifications";
import { SETTINGS_ACTIONS } from "./action-registry-settings";
import { LIFECYCLE_ACTIONS } from "./action-registry-lifecycle";
import { FOLLOW_UP_ACTIONS } from "./action-registry-follow-ups";
import { memberAction, rowAction, rowlessAction, swapAction } from "./action-entries";

/**
 * How to call every server action, for the fuzz test (tests/fuzz/actions.test.ts) and the cross-tenant sweep
 * (tests/integration/cross-tenant-every-action.test.ts). Both tests find actions on disk (action-catalog.ts: every
 * export of every "use server" file) and FAIL for an action that has no entry here.
 *
 * To add an action: add an entry under its key "<file without .ts>#<export>" (here, or in its area's file:
 * action-registry-crm.ts, action-registry-growth.ts, action-registry-commercial.ts; action-entries.ts builds the
 * common shapes) with
 *   - call: "member" for defineAction actions `(agencySlug, input)`, "input" for `(input)`, "none" for `()`;
 *   - actor: who calls it (default: the tenant's leader; return null for a signed-out caller);
 *   - valid(t): an input the action ACCEPTS inside tenant t (fixtures.ts has a row of every kind; add a row there if
 *     your action needs a new one). The fuzzer mutates it; the sweep sends B's valid input with B's slug;
 *   - foreignIds(x): inputs that name agency B's rows (x.b.ids…), sent by A's actor with A's slug: each must be
 *     refused and change nothing. Every id field of the input needs at least one probe;
 *   - freeText: the input's text fields, where the fuzzer puts SQL/HTML/unicode that may legitimately be stored;
 *     textCases: how many such cases (default FUZZ_TEXT_CASES, 100) — lower it for actions that hash passwords;
 *   - refused(result): only if a refusal is not `ok: false` (e.g. a bulk action reporting per-item failures).
 */
export type ActionEntry = {
  call: "member" | "input" | "none";
  actor?: (t: Tenant) => SessionUser | null;
  valid: (t: Tenant) => unknown;
  foreignIds: (x: Tenants) => unknown[];
  freeText?: string[];
  textCases?: number;
  refused?: (result: unknown) => boolean;
};

const PASSWORD = "correct horse battery staple";
const secretOf = (token: string) => token.slice(token.indexOf(".") + 1);
/** An invitation token whose agency part is swapped for another agency's id. */
const rebound = (token: string, agencyId: string) => `${agencyId}.${secretOf(token)}`;

const checkIn = (t: Tenant) => ({
  accountId: t.ids.account,
  channel: "CALL",
  sentiment: 4,
  summary: "Weekly call: launch plan agreed",
  nextSteps: "Send the timeline",
  attendeeIds: [t.ids.contact],
});
const statusUpdate = (t: Tenant) => ({
  projectId: t.ids.project,
  expectedVersion: t.versions.project,
  status: "AT_RISK",
  percentComplete: 40,
  spent: "1200.50",
  note: "Waiting on the client's assets",
});
const newProject = (t: Tenant) => ({ accountId: t.ids.account, pmId: t.ids.pm, name: "Fuzz project", budget: "1000" });
const projectEdit = (t: Tenant) => ({
  projectId: t.ids.project,
  expectedVersion: t.versions.project,
  name: "Renamed",
  budget: "2000",
});

/** B's account, or B's PM, in A's new project. */
const toBsAccountOrPm = (b: Tenant) => [{ accountId: b.ids.account }, { pmId: b.ids.pm }];
/** B's project, or B's PM as the PM of A's project. */
const toBsProjectOrPm = (b: Tenant) => [{ projectId: b.ids.project }, { pmId: b.ids.pm }];

export const ACTION_REGISTRY: Record<string, ActionEntry> = {
  // Names no existing row; an agencyId smuggled into the input is tested in cross-tenant-actions.test.ts.
  "lib/actions/members#invite": rowlessAction(() => ({ email: newEmail("fuzz-invite"), roles: ["AM"] })),
  "lib/actions/members#revokeInvite": memberAction(
    (t) => ({ invitationId: t.ids.pendingInvitation }),
    ({ b }) => [
      { invitationId: b.ids.pendingInvitation },
      { invitationId: b.ids.pendingInvitation, agencyId: b.agencyId },
    ],
  ),
  "lib/actions/members#changeRoles": {
    call: "member",
    valid: (t) => ({ membershipId: t.ids.spareMember, roles: ["AM", "PM"] }),
    foreignIds: ({ b }) => [
      { membershipId: b.ids.am, roles: ["VIEWER"] },
      { membershipId: b.ids.leader, roles: ["AM"], agencyId: b.agencyId },
      { membershipId: b.ids.viewer, roles: ["LEADER"], agencyId: b.agencyId },
    ],
  },
  "lib/actions/members#deactivateMember": memberAction(
    (t) => ({ membershipId: t.ids.spareMember }),
    ({ b }) => [{ membershipId: b.ids.am }, { membershipId: b.ids.leader }, { membershipId: b.ids.pm }],
  ),
  "lib/actions/members#reactivateMember": rowAction("membershipId", "inactiveMember"),
  "lib/actions/check-ins#logCheckIn": swapAction(
    checkIn,
    (b) => [{ accountId: b.ids.account, attendeeIds: [] }, { attendeeIds: [b.ids.contact] }],
    { freeText: ["summary", "nextSteps"] },
  ),
  "lib/actions/portfolio#applyMove": {
    call: "member",
    valid: (t) => ({
      accountId: t.ids.account,
      fromAmId: t.ids.am,
      toAmId: t.ids.secondAm,
      expectedVersion: t.versions.account,
    }),
    foreignIds: ({ a, b }) => [
      { accountId: b.ids.account, fromAmId: b.ids.am, toAmId: b.ids.secondAm, expectedVersion: b.versions.account },
      { accountId: a.ids.account, fromAmId: a.ids.am, toAmId: b.ids.am, expectedVersion: a.versions.account },
      { accountId: b.ids.account, fromAmId: b.ids.am, toAmId: a.ids.secondAm, expectedVersion: b.versions.account },
    ],
  },
  "lib/actions/projects#updateStatus": swapAction(statusUpdate, (b) => [{ projectId: b.ids.project }], {
    freeText: ["note"],
  }),
  "lib/actions/projects#bulkUpdateStatus": {
    call: "member",
    valid: (t) => ({
      items: [{ projectId: t.ids.project, expectedVersion: t.versions.project }],
      status: "ON_TRACK",
      note: "On track",
    }),
    foreignIds: ({ a, b }) => [
      { items: [{ projectId: b.ids.project, expectedVersion: b.versions.project }], status: "ON_HOLD" },
      {
        items: [{ projectId: b.ids.project, expectedVersion: b.versions.project }],
        status: "AT_RISK",
        note: "x",
        agencyId: a.agencyId,
      },
    ],
    freeText: ["note"],
    // Each item stands alone: a refused item is reported inside an ok result.
    refused: (result) => {
      const r = result as { ok: boolean; data?: { updated: number } };
      return !r.ok || r.data?.updated === 0;
    },
  },
  "lib/actions/projects#createProject": swapAction(newProject, toBsAccountOrPm, { freeText: ["name"] }),
  "lib/actions/projects#editProject": swapAction(projectEdit, toBsProjectOrPm, { freeText: ["name"] }),
  "lib/actions/projects#archiveProject": memberAction(
    (t) => ({ projectId: t.ids.project, expectedVersion: t.versions.project }),
    ({ b }) => [{ projectId: b.ids.project, expectedVersion: b.versions.project }],
  ),
  "lib/actions/onboarding#signUp": {
    call: "input",
    actor: () => null,
    valid: () => ({
      name: "Fuzz Person",
      email: newEmail("fuzz-signup"),
      password: PASSWORD,
      agencyName: "Fuzz Agency",
      employeeCount: 12,
    }),
    foreignIds: () => [], // creates a new agency; names no existing row
    freeText: ["name", "agencyName"],
    textCases: 10, // each accepted case hashes a password with argon2id (about a second on a busy machine)
  },
  "lib/actions/onboarding#signUpFromInvitation": {
    call: "input",
    actor: () => null,
    valid: (t) => ({ name: "New Comer", email: t.newcomerEmail, password: PASSWORD, token: t.newcomerToken }),
    foreignIds: ({ a, b }) => [
      { name: "New Comer", email: b.newcomerEmail, password: PASSWORD, token: rebound(b.newcomerToken, a.agencyId) },
      { name: "New Comer", email: a.newcomerEmail, password: PASSWORD, token: rebound(a.newcomerToken, b.agencyId) },
      { name: "New Comer", email: a.newcomerEmail, password: PASSWORD, token: b.newcomerToken },
    ],
    freeText: ["name"],
    textCases: 10, // hashes a password with argon2id
  },
  "lib/actions/onboarding#acceptInvitationAsMe": {
    call: "input",
    actor: (t) => t.users.invitee,
    valid: (t) => ({ token: t.inviteeToken }),
    foreignIds: ({ a, b }) => [
      { token: b.inviteeToken }, // B's real invitation, for someone else
      { token: rebound(b.inviteeToken, a.agencyId) },
      { token: rebound(a.inviteeToken, b.agencyId) },
    ],
  },
  // Acts on the caller only; names no row.
  "lib/actions/sessions#signOutEverywhere": rowlessAction(() => ({ scope: "everywhere" })),
  // The leader's password is FIXTURE_PASSWORD (fixtures.ts); the fuzzer's cases come after, so they are refused by
  // the schema or by the (now wrong) current password.
  "lib/actions/sessions#changePassword": rowlessAction(() => ({
    currentPassword: FIXTURE_PASSWORD,
    newPassword: "a changed fuzz password",
  })),
  "app/(auth)/actions#homePathForMe": {
    call: "none",
    valid: () => undefined,
    foreignIds: () => [],
  },
  ...CRM_ACTIONS,
  ...GROWTH_ACTIONS,
  ...PEOPLE_ACTIONS,
  ...COMMERCIAL_ACTIONS,
  ...SETTINGS_ACTIONS,
  ...LIFECYCLE_ACTIONS,
  ...FOLLOW_UP_ACTIONS,
  ...NOTIFICATION_ACTIONS,
};

/** Calls an action the way its entry says, as the entry's actor of tenant `t` (the caller signs in first). */
export function argsFor(entry: ActionEntry, slug: string, input: unknown): unknown[] {
  if (entry.call === "member") return [slug, input];
  if (entry.call === "input") return [input];
  return [];
}

export const actorOf = (entry: ActionEntry, t: Tenant): SessionUser | null =>
  entry.actor ? entry.actor(t) : t.users.leader;

export const isRefusal = (entry: ActionEntry, result: unknown): boolean =>
  entry.refused ? entry.refused(result) : (result as { ok?: unknown }).ok === false;
