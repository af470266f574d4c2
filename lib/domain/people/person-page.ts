import type { MemberContext } from "@/lib/auth/membership";
import { withTenant } from "@/lib/db/tenant";
import type { PageRequest } from "@/lib/pagination/keyset";
import { leadsPeople, mayRecordOneOnOne, mayWriteDevelopment, maySeePerson } from "./access";
import { oneOnOneStatus } from "./one-on-one-cadence";
import { readOneOnOnePage } from "./one-on-one-page";
import { readLadder, readManagerOptions, readPerson } from "./queries";
import { assessReadiness } from "./readiness";

/**
 * Everything the person page shows, in one tenant transaction, or null when the viewer may not see this person (the
 * page answers 404, as for a foreign id): a leader, the person, their manager.
 */
export async function loadPersonPage(
  member: MemberContext,
  membershipId: string,
  today: Date,
  oneOnOnePage: PageRequest,
) {
  return withTenant(member.agencyId, member.user.id, async (tx) => {
    const person = await readPerson(tx, member.agencyId, membershipId);
    if (!person || !maySeePerson(member, person)) return null;
    const leads = leadsPeople(member);
    const ladder = await readLadder(tx, member.agencyId);
    const oneOnOnes = await readOneOnOnePage(tx, member.agencyId, person.id, oneOnOnePage);
    const managers = leads ? await readManagerOptions(tx, member.agencyId) : [];
    const status = oneOnOneStatus(
      {
        hasManager: person.managerId !== null,
        cadenceDays: person.cadenceDays,
        lastHeldOn: oneOnOnes.lastHeldOn,
        pairedSince: person.managerSince,
      },
      today,
    );
    return {
      person,
      ladder,
      level: ladder.find((l) => l.id === person.levelId) ?? null,
      readiness: assessReadiness(ladder, person.levelId, person.assessments),
      oneOnOnes,
      status,
      managers,
      may: {
        lead: leads,
        recordOneOnOne: mayRecordOneOnOne(member, person),
        writePlan: mayWriteDevelopment(member, person),
        selfAssess: person.id === member.membershipId,
        managerAssess: mayRecordOneOnOne(member, person),
        handover: leads && person.active && person.id !== member.membershipId,
      },
    };
  });
}
export type PersonPageData = NonNullable<Awaited<ReturnType<typeof loadPersonPage>>>;
