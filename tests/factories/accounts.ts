import type { Db } from "../../lib/db/client";
import type { Prisma } from "../../lib/db/generated/client";
import type { AgencyFixture } from "./tenants";

/**
 * One more account of the fixture agency (fixture setup as the superuser): of its client, run by its AM, started on
 * 2026-01-01 unless `fields` says otherwise.
 */
export function addAccount(
  admin: Db,
  fixture: AgencyFixture,
  fields: { name: string } & Partial<Omit<Prisma.AccountUncheckedCreateInput, "agencyId">>,
) {
  return admin.account.create({
    data: {
      agencyId: fixture.agency.id,
      clientId: fixture.client.id,
      amId: fixture.memberships.am.id,
      startDate: new Date("2026-01-01"),
      ...fields,
    },
  });
}
