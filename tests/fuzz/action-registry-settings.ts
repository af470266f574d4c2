import type { ActionEntry } from "./action-registry";
import type { Tenant } from "./fixtures";

/**
 * Registry entries (see action-registry.ts for the format) of the agency settings actions. None names a row id: the
 * agency is the one in the URL, so the cross-tenant probe is B's valid input sent with B's slug by A's leader.
 */
const versioned = (t: Tenant) => ({ expectedVersion: t.versions.settings });
const noForeignIds = () => [];

export const SETTINGS_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/settings#updateAgencyProfile": {
    call: "member",
    valid: (t) => ({
      ...versioned(t),
      name: "Fuzz Agency",
      employeeCount: "12",
      currency: "EUR",
      timeZone: "Europe/Berlin",
      weekStart: "MONDAY",
    }),
    foreignIds: noForeignIds,
    freeText: ["name"],
  },
  "lib/actions/settings#setGuidelineOverride": {
    call: "member",
    valid: (t) => ({ ...versioned(t), min: "3", max: "5", reason: "Senior team on complex retainers" }),
    foreignIds: noForeignIds,
    freeText: ["reason"],
  },
  "lib/actions/settings#clearGuidelineOverride": {
    call: "member",
    valid: versioned,
    foreignIds: noForeignIds,
  },
  "lib/actions/settings#updateCheckInCadence": {
    call: "member",
    valid: (t) => ({ ...versioned(t), cadenceTier1Days: "10", cadenceTier2Days: "21", cadenceTier3Days: "40" }),
    foreignIds: noForeignIds,
  },
  "lib/actions/settings#updateHealthWeights": {
    call: "member",
    valid: (t) => ({
      ...versioned(t),
      healthWeightRecency: "40",
      healthWeightSentiment: "20",
      healthWeightDelivery: "20",
      healthWeightKpi: "20",
    }),
    foreignIds: noForeignIds,
  },
  "lib/actions/settings#updateSignalThresholds": {
    call: "member",
    valid: (t) => ({
      ...versioned(t),
      renewalWindowDays: "60",
      staleProjectDays: "10",
      sentimentDropPoints: "1.2",
      relationshipMinContacts: "2",
    }),
    foreignIds: noForeignIds,
  },
  "lib/actions/settings#dismissFirstRunGuide": {
    call: "member",
    valid: versioned,
    foreignIds: noForeignIds,
  },
};
