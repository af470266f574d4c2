import { describe, expect, it } from "vitest";
import { clientAfterDeparture, relationshipRiskOf } from "@/lib/domain/commercial/departure";
import type { ClientSnapshot } from "@/lib/domain/portfolio/signal-types";
import { client, daysBefore, TODAY } from "../portfolio/fixtures";

const healthy = client({ activeContactCount: 3, hasPrimaryContact: true, contactsLastSeen: [] });
/** The client after its primary contact, Dana Reyes, left `daysAgo` days before TODAY. */
const primaryLeft = (before: ClientSnapshot, daysAgo: number) =>
  clientAfterDeparture(before, {
    contactName: "Dana Reyes",
    wasPrimary: true,
    wasActive: true,
    leftOn: daysBefore(daysAgo),
  });

describe("a contact who leaves: relationship risk recomputed", () => {
  it("losing the primary contact is critical at once", () => {
    const after = primaryLeft(healthy, 2);
    expect(relationshipRiskOf(healthy, TODAY)).toBeNull();
    const signal = relationshipRiskOf(after, TODAY);
    expect(signal?.severity).toBe("critical");
    expect(signal?.reason).toContain("the primary contact, Dana Reyes, left on");
  });

  it("naming a new primary contact clears the critical reason", () => {
    const after = primaryLeft(healthy, 2);
    expect(relationshipRiskOf({ ...after, hasPrimaryContact: true }, TODAY)).toBeNull();
  });

  it("a non-primary contact leaving only counts the contacts: warning when too few remain", () => {
    const two = client({ activeContactCount: 2, hasPrimaryContact: true, contactsLastSeen: [] });
    const after = clientAfterDeparture(two, { contactName: "Sam", wasPrimary: false, wasActive: true, leftOn: TODAY });
    const signal = relationshipRiskOf(after, TODAY);
    expect(signal?.severity).toBe("warning");
    expect(signal?.reason).toContain("only 1 active contact");
  });

  it("a primary who left long ago (outside the window) is no longer the reason", () => {
    const after = primaryLeft(healthy, 120);
    expect(relationshipRiskOf(after, TODAY)).toBeNull();
  });

  it("losing the primary contact is critical for a Tier 3 client too (its thin coverage is not watched)", () => {
    const tier3 = client({ tier: "TIER_3", activeContactCount: 1, hasPrimaryContact: true, contactsLastSeen: [] });
    expect(relationshipRiskOf(tier3, TODAY)).toBeNull();
    const after = primaryLeft(tier3, 2);
    const signal = relationshipRiskOf(after, TODAY);
    expect(signal?.severity).toBe("critical");
    // Only the departure: Tier 3's contact count is not a cause.
    expect(signal?.reason).toBe(
      `Acme (Tier 3 client): the primary contact, Dana Reyes, left on ${daysBefore(2).toISOString().slice(0, 10)} ` +
        "and no new primary contact is named. The relationship hangs on too few people.",
    );
  });
});
