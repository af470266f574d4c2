import type { MemberContext } from "@/lib/auth/membership";
import { withTenant } from "@/lib/db/tenant";
import type { MemoryKey } from "@/lib/pagination/keyset";
import { leadsPeople } from "./access";
import { readPeopleFigures } from "./figures";
import { oneOnOneStatus, type OneOnOneState } from "./one-on-one-cadence";
import { readPeopleRows, type PeopleRow } from "./queries";

type Row = PeopleRow & { status: ReturnType<typeof oneOnOneStatus> };
const STATE_ORDER: Record<OneOnOneState, number> = { OVERDUE: 0, NO_MANAGER: 1, DUE_SOON: 2, ON_TRACK: 3 };

/** The people list's order: overdue 1:1s first (most overdue first), then by name; the id makes it total. */
export const PEOPLE_KEYS: MemoryKey<Row>[] = [
  { dir: "asc", value: (r) => STATE_ORDER[r.status.state] },
  { dir: "desc", value: (r) => r.status.daysOverdue },
  { dir: "asc", value: (r) => r.name },
  { dir: "asc", value: (r) => r.id },
];

/** The people page: the AMs the viewer may see with their 1:1 state, and (for leaders) the tenure figures. */
export async function loadPeopleList(member: MemberContext, today: Date) {
  const leads = leadsPeople(member);
  return withTenant(member.agencyId, member.user.id, async (tx) => {
    const rows = await readPeopleRows(tx, member.agencyId, { membershipId: member.membershipId, leads });
    const figures = leads ? await readPeopleFigures(tx, member.agencyId, today) : null;
    const withStatus: Row[] = rows.map((r) => ({
      ...r,
      status: oneOnOneStatus(
        {
          hasManager: r.managerId !== null,
          cadenceDays: r.cadenceDays,
          lastHeldOn: r.lastOneOnOne,
          pairedSince: r.managerSince,
        },
        today,
      ),
    }));
    return { rows: withStatus, figures, leads };
  });
}
