import type { MemberContext } from "@/lib/auth/membership";
import { withTenant } from "@/lib/db/tenant";
import type { Guideline } from "@/lib/domain/portfolio/guideline";
import type { BookAssessment } from "@/lib/domain/portfolio/load";
import { maySeePerson } from "./access";
import { oneOnOneStatus } from "./one-on-one-cadence";
import { readReviewFacts, REASSIGNMENT_WINDOW_DAYS } from "./review-queries";
import { structuralReview, type StructuralCheck } from "./structural-review";

/**
 * The AM page's structure-first review, for those who may see the person's people record (a leader, the AM, their
 * manager): others get `null` and the page says who can see it. The load comes from the page's own book.
 */
export async function loadStructuralReview(
  member: MemberContext,
  amId: string,
  book: BookAssessment,
  guideline: Guideline,
  today: Date,
): Promise<StructuralCheck[] | null> {
  const facts = await withTenant(member.agencyId, member.user.id, (tx) =>
    readReviewFacts(tx, member.agencyId, amId, today),
  );
  if (!facts || !maySeePerson(member, { id: amId, managerId: facts.managerId })) return null;
  return structuralReview(
    {
      load: { status: book.status, weightedLoad: book.weightedLoad, min: guideline.min, max: guideline.max },
      roles: facts.roles,
      openProjectsAsPm: facts.openAsPm,
      oneOnOne: oneOnOneStatus(
        {
          hasManager: facts.managerId !== null,
          cadenceDays: facts.cadenceDays ?? 14,
          lastHeldOn: facts.lastHeldOn,
          pairedSince: facts.managerSince,
        },
        today,
      ),
      development: { openItems: facts.openItems, lastAssessmentOn: facts.lastAssessmentOn },
      accounts: { total: facts.accounts, withoutGrowthPlan: facts.withoutGrowthPlan },
      offTrackElsewhere: facts.offTrackElsewhere,
      reassignments: { incoming: facts.incoming, outgoing: facts.outgoing, days: REASSIGNMENT_WINDOW_DAYS },
    },
    today,
  );
}
