import { z } from "zod";
import { MAX_WHAT_IF_ACCOUNTS, whatIfWeWin, type CapacityAnswer } from "./capacity";
import { loadPortfolioSnapshot } from "./load-portfolio";
import { loadOf } from "./load";

export const whatIfSchema = z.object({
  count: z.coerce
    .number({ message: "Enter how many accounts." })
    .int("Use a whole number.")
    .min(1, "At least 1 account.")
    .max(MAX_WHAT_IF_ACCOUNTS, `At most ${MAX_WHAT_IF_ACCOUNTS} accounts.`),
  tier: z.enum(["TIER_1", "TIER_2", "TIER_3"], { message: "Choose a tier." }),
  complexity: z.enum(["LOW", "STANDARD", "HIGH"], { message: "Choose a complexity." }).default("STANDARD"),
});

/** "What if we win N accounts of tier T": the team's current weighted loads fed to the pure capacity rule. */
export async function answerWhatIf(
  agencyId: string,
  userId: string,
  input: z.infer<typeof whatIfSchema>,
): Promise<CapacityAnswer> {
  const { snapshot } = await loadPortfolioSnapshot(agencyId, userId, new Date());
  const team = snapshot.ams.map((am) => ({
    id: am.id,
    name: am.name,
    weightedLoad: loadOf(snapshot.accounts.filter((a) => a.amId === am.id)).weightedLoad,
  }));
  return whatIfWeWin(input, team, snapshot.guideline);
}
