import type { ActionEntry } from "./action-registry";
import { memberAction, swapAction } from "./action-entries";

/**
 * Registry entries (see action-registry.ts for the format) of the owner's danger-zone actions. The fuzz test gives
 * each action a fresh agency A and sends the valid input first, so deleting A there is expected: every hostile input
 * after it must still come back as a typed refusal and change nothing (other agencies included).
 */
export const LIFECYCLE_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/agency-lifecycle#transferOwnership": swapAction(
    (t) => ({ expectedVersion: t.versions.settings, membershipId: t.ids.coLeader }),
    (b) => [{ membershipId: b.ids.coLeader }, { membershipId: b.ids.leader }],
  ),
  // Names no row: the agency is the one in the URL. A's owner typing B's name on A is refused as a mismatch.
  "lib/actions/agency-lifecycle#deleteAgency": memberAction(
    (t) => ({ confirmName: t.agencyName }),
    ({ b }) => [{ confirmName: b.agencyName }],
  ),
};
