/** Signals about the client relationship as a whole (across all of a client's accounts). */
import { daysAgo } from "./dates";
import type { ClientSnapshot, Signal, SignalRules } from "./signal-types";
import { plural } from "./text";
import { TIER_LABEL } from "./types";

type Rules = Pick<SignalRules, "relationshipTiers" | "relationshipMinContacts" | "relationshipWindowDays">;

/** Too few active contacts, or one single contact at every recent check-in (watched tiers only). */
function coverageCauses(client: ClientSnapshot, today: Date, rules: Rules): string[] {
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
  return causes;
}

/**
 * RELATIONSHIP_RISK: an active TIER_1 or TIER_2 client with fewer than 2 active contacts, or whose check-ins in the
 * last 90 days (inclusive) all involved the same single contact. The second test looks at the distinct contacts
 * recorded across those check-ins; check-ins with no attendees recorded neither break nor make the pattern.
 * Both conditions are reported in one signal per client. A primary contact who left in the window, with no new primary
 * named, is a third cause and makes the signal critical for every tier (a Tier 3 client without its champion is at
 * risk too; the tier setting only decides who is watched for thin coverage); naming a new primary contact clears that
 * cause at once.
 */
export function relationshipRiskSignals(clients: readonly ClientSnapshot[], today: Date, rules: Rules): Signal[] {
  return clients.flatMap((client): Signal[] => {
    if (client.status !== "ACTIVE") return [];
    const causes = rules.relationshipTiers.includes(client.tier) ? coverageCauses(client, today, rules) : [];
    // Losing the primary contact with nobody named in their place is the critical reason (issue 16).
    const departed = client.primaryContactLeft;
    const lostPrimary =
      departed != null &&
      client.hasPrimaryContact !== true &&
      daysAgo(departed.leftOn, today) <= rules.relationshipWindowDays;
    if (lostPrimary) {
      causes.unshift(
        `the primary contact, ${departed.name}, left on ${departed.leftOn.toISOString().slice(0, 10)} and no new ` +
          `primary contact is named`,
      );
    }
    if (causes.length === 0) return [];
    return [
      {
        type: "RELATIONSHIP_RISK",
        severity: lostPrimary ? "critical" : "warning",
        subject: { kind: "client", id: client.id, name: client.name },
        reason:
          `${client.name} (${TIER_LABEL[client.tier]} client): ${causes.join("; and ")}. ` +
          `The relationship hangs on too few people.`,
      },
    ];
  });
}
