/** Signals about the client relationship as a whole (across all of a client's accounts). */
import { daysAgo } from "./dates";
import type { ClientSnapshot, Signal, SignalRules } from "./signal-types";
import { plural } from "./text";
import { TIER_LABEL } from "./types";

/**
 * RELATIONSHIP_RISK: an active TIER_1 or TIER_2 client with fewer than 2 active contacts, or whose check-ins in the
 * last 90 days (inclusive) all involved the same single contact. The second test looks at the distinct contacts
 * recorded across those check-ins; check-ins with no attendees recorded neither break nor make the pattern.
 * Both conditions are reported in one signal per client.
 */
export function relationshipRiskSignals(
  clients: readonly ClientSnapshot[],
  today: Date,
  rules: Pick<SignalRules, "relationshipTiers" | "relationshipMinContacts" | "relationshipWindowDays">,
): Signal[] {
  return clients.flatMap((client): Signal[] => {
    if (client.status !== "ACTIVE" || !rules.relationshipTiers.includes(client.tier)) return [];
    const causes: string[] = [];
    const contactCount = client.activeContactCount;
    if (contactCount < rules.relationshipMinContacts) {
      causes.push(
        contactCount === 0 ? "it has no active contacts" : `it has only ${plural(contactCount, "active contact")}`,
      );
    }
    const contacts = new Set(
      client.contactsLastSeen
        .filter((c) => daysAgo(c.lastSeenAt, today) <= rules.relationshipWindowDays)
        .map((c) => c.contactId),
    );
    if (contacts.size === 1) {
      causes.push(
        `every check-in with attendees in the last ${rules.relationshipWindowDays} days involved the same single contact`,
      );
    }
    if (causes.length === 0) return [];
    return [
      {
        type: "RELATIONSHIP_RISK",
        severity: "warning",
        subject: { kind: "client", id: client.id, name: client.name },
        reason:
          `${client.name} (${TIER_LABEL[client.tier]} client): ${causes.join("; and ")}. ` +
          `The relationship hangs on too few people.`,
      },
    ];
  });
}
