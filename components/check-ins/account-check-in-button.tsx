import type { MemberContext } from "@/lib/auth/membership";
import { withTenant } from "@/lib/db/tenant";
import { mayLogCheckIn } from "@/lib/domain/check-ins/access";
import { readCheckInAccountOptions } from "@/lib/domain/check-ins/queries";
import { cadenceFromAgency } from "@/lib/domain/portfolio/cadence";
import { CheckInProvider, LogCheckInButton } from "./check-in-launcher-client";

/**
 * "Log check-in" for an account page, shown only to members who may log on it (leaders; the owning AM). The form is
 * pre-filled with the account; the "c" shortcut works on the page too.
 */
export async function AccountCheckInButton({
  member,
  account,
  settings,
}: {
  member: MemberContext;
  account: { id: string; archivedAt: Date | null; am: { id: string } };
  settings: { cadenceTier1Days: number; cadenceTier2Days: number; cadenceTier3Days: number };
}) {
  if (!mayLogCheckIn(member, account.am.id) || account.archivedAt) return null;
  const options = await withTenant(member.agencyId, member.user.id, (tx) =>
    readCheckInAccountOptions(tx, member.agencyId, { accountIds: [account.id] }, cadenceFromAgency(settings)),
  );
  if (options.length === 0) return null;
  return (
    <div className="mb-3">
      <CheckInProvider slug={member.agencySlug} accounts={options}>
        <LogCheckInButton accountId={account.id} variant="primary" showShortcut />
      </CheckInProvider>
    </div>
  );
}
