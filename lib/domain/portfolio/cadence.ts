/**
 * How often each client tier should hear from its account manager, and whether an account is overdue.
 * Defaults from DESIGN.md (TIER_1 14, TIER_2 30, TIER_3 45 days); the agency stores its own in
 * cadenceTier{1,2,3}Days. Shared by the CHECK_IN_OVERDUE signal and the health score's recency component.
 */
import { daysAgo } from "./dates";
import type { ClientTier } from "./types";

export type CheckInCadence = Readonly<Record<ClientTier, number>>;

export const DEFAULT_CHECK_IN_CADENCE_DAYS: CheckInCadence = { TIER_1: 14, TIER_2: 30, TIER_3: 45 };

/** Maps the Agency row's three columns onto the cadence record. */
export function cadenceFromAgency(agency: {
  cadenceTier1Days: number;
  cadenceTier2Days: number;
  cadenceTier3Days: number;
}): CheckInCadence {
  return { TIER_1: agency.cadenceTier1Days, TIER_2: agency.cadenceTier2Days, TIER_3: agency.cadenceTier3Days };
}

/** Days since the last check-in, or null when the account has never had one. */
export function daysSinceCheckIn(lastCheckInAt: Date | null, today: Date): number | null {
  return lastCheckInAt === null ? null : daysAgo(lastCheckInAt, today);
}

/**
 * Overdue = more days than the cadence have passed (exactly at the cadence is still on time), or never checked in.
 * Whether the account is active is the caller's concern (the signal only looks at load-bearing accounts).
 */
export function isCheckInOverdue(
  lastCheckInAt: Date | null,
  tier: ClientTier,
  today: Date,
  cadence: CheckInCadence = DEFAULT_CHECK_IN_CADENCE_DAYS,
): boolean {
  const days = daysSinceCheckIn(lastCheckInAt, today);
  return days === null || days > cadence[tier];
}
