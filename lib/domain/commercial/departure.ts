/**
 * A contact who left the client, applied to the client's relationship snapshot (pure): one active contact fewer, and
 * when they were the primary contact the client has none until the AM names another. The mutation writes the same
 * thing and re-reads the snapshot; this function is what the unit tests pin down.
 */
import { relationshipRiskSignals } from "@/lib/domain/portfolio/relationship-signals";
import {
  DEFAULT_SIGNAL_RULES,
  type ClientSnapshot,
  type Signal,
  type SignalRules,
} from "@/lib/domain/portfolio/signal-types";

export type Departure = { contactName: string; wasPrimary: boolean; wasActive: boolean; leftOn: Date };

export function clientAfterDeparture(client: ClientSnapshot, departure: Departure): ClientSnapshot {
  return {
    ...client,
    activeContactCount: Math.max(0, client.activeContactCount - (departure.wasActive ? 1 : 0)),
    hasPrimaryContact: departure.wasPrimary ? false : client.hasPrimaryContact,
    primaryContactLeft: departure.wasPrimary
      ? { name: departure.contactName, leftOn: departure.leftOn }
      : client.primaryContactLeft,
  };
}

/** The client's relationship-risk signal as it stands (null: no risk). */
export function relationshipRiskOf(
  client: ClientSnapshot,
  today: Date,
  rules: Pick<
    SignalRules,
    "relationshipTiers" | "relationshipMinContacts" | "relationshipWindowDays"
  > = DEFAULT_SIGNAL_RULES,
): Signal | null {
  return relationshipRiskSignals([client], today, rules)[0] ?? null;
}
