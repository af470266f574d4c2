import type { ActionEntry } from "./action-registry";
import { rowlessAction } from "./action-entries";
import type { Tenant } from "./fixtures";

/**
 * Registry entries (see action-registry.ts for the format) of the agency settings actions. None names a row id: the
 * agency is the one in the URL, so the cross-tenant probe is B's valid input sent with B's slug by A's leader.
 */
const versioned = (t: Tenant) => ({ expectedVersion: t.versions.settings });
/** A settings form: the fields sent with the version of the settings the caller saw. */
const settingsForm = (fields: Record<string, string>, freeText?: string[]) =>
  rowlessAction((t) => ({ ...versioned(t), ...fields }), { freeText });

export const SETTINGS_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/settings#updateAgencyProfile": settingsForm(
    { name: "Fuzz Agency", employeeCount: "12", currency: "EUR", timeZone: "Europe/Berlin", weekStart: "MONDAY" },
    ["name"],
  ),
  "lib/actions/settings#setGuidelineOverride": settingsForm(
    { min: "3", max: "5", reason: "Senior team on complex retainers" },
    ["reason"],
  ),
  "lib/actions/settings#clearGuidelineOverride": rowlessAction(versioned),
  "lib/actions/settings#updateCheckInCadence": settingsForm({
    cadenceTier1Days: "10",
    cadenceTier2Days: "21",
    cadenceTier3Days: "40",
  }),
  "lib/actions/settings#updateHealthWeights": settingsForm({
    healthWeightRecency: "40",
    healthWeightSentiment: "20",
    healthWeightDelivery: "20",
    healthWeightKpi: "20",
  }),
  "lib/actions/settings#updateSignalThresholds": settingsForm({
    renewalWindowDays: "60",
    staleProjectDays: "10",
    sentimentDropPoints: "1.2",
    relationshipMinContacts: "2",
  }),
  "lib/actions/settings#dismissFirstRunGuide": rowlessAction(versioned),
};
