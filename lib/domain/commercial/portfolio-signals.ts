import type { PortfolioSnapshot, Signal } from "@/lib/domain/portfolio/signal-types";
import { bookShrankSignals, growthOfAms, overServicingSignals } from "./signals";

/** The commercial signals the dashboard adds to DESIGN.md's table (none when the snapshot carries no commercial data). */
export function commercialSignals(snapshot: PortfolioSnapshot, today: Date): Signal[] {
  const commercial = snapshot.commercial;
  if (!commercial) return [];
  return [
    ...overServicingSignals(commercial, today),
    ...bookShrankSignals(snapshot.ams, snapshot.accounts, snapshot.guideline, growthOfAms(commercial, today)),
  ];
}
