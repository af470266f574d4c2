import type { ActionEntry } from "./action-registry";

/**
 * Registry entries (see action-registry.ts for the format) of the owner's danger-zone actions. The fuzz test gives
 * each action a fresh agency A and sends the valid input first, so deleting A there is expected: every hostile input
 * after it must still come back as a typed refusal and change nothing (other agencies included).
 */
export const LIFECYCLE_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/agency-lifecycle#transferOwnership": {
    call: "member",
    valid: (t) => ({ expectedVersion: t.versions.settings, membershipId: t.ids.coLeader }),
    foreignIds: ({ a, b }) => [
      { expectedVersion: a.versions.settings, membershipId: b.ids.coLeader },
      { expectedVersion: a.versions.settings, membershipId: b.ids.leader },
    ],
  },
  "lib/actions/agency-lifecycle#deleteAgency": {
    call: "member",
    valid: (t) => ({ confirmName: t.agencyName }),
    // Names no row: the agency is the one in the URL. A's owner typing B's name on A is refused as a mismatch.
    foreignIds: ({ b }) => [{ confirmName: b.agencyName }],
  },
};
