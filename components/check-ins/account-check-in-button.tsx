import type { CheckInAccountOption } from "@/lib/domain/check-ins/queries";
import { CheckInProvider, LogCheckInButton } from "./check-in-launcher-client";

/**
 * "Log check-in" for an account page. The page's loader offers the account only to members who may log on it
 * (leaders; the owning AM) while it is live; the form is pre-filled with it and the "c" shortcut works on the page too.
 */
export function AccountCheckInButton({
  slug,
  accountId,
  options,
}: {
  slug: string;
  accountId: string;
  options: CheckInAccountOption[];
}) {
  if (options.length === 0) return null;
  return (
    <div className="mb-3">
      <CheckInProvider slug={slug} accounts={options}>
        <LogCheckInButton accountId={accountId} variant="primary" showShortcut />
      </CheckInProvider>
    </div>
  );
}
