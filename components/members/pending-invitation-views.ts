import { formatDate } from "./format";
import type { PendingInvitationView } from "./pending-invitations-client";
/** What the list shows of each invitation (dates formatted on the server). */
export function pendingInvitationViews(
  rows: readonly { id: string; email: string; roles: string[]; invitedBy: string; expiresAt: Date }[],
): PendingInvitationView[] {
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    roles: row.roles,
    invitedBy: row.invitedBy,
    expires: formatDate(row.expiresAt),
  }));
}
