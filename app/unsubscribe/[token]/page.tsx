import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { AuthShell, linkClass } from "@/components/auth/auth-shell";
import { buttonClass } from "@/components/ui/button-class";
import { NOTIFICATION_EVENTS } from "@/lib/notifications/events";
import { verifyUnsubscribe } from "@/lib/notifications/unsubscribe-token";

export const metadata: Metadata = { title: "Unsubscribe" };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Confirms a one-click unsubscribe link (no sign-in); the button posts to /api/unsubscribe/<token>. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { token } = await params;
  const search = await searchParams;
  const claims = verifyUnsubscribe(token);
  if (!claims || search.invalid) {
    return (
      <AuthShell title="Link not valid" subtitle="This unsubscribe link is not valid.">
        <p className="text-sm text-slate-700">
          Change what you receive under Notification settings once{" "}
          <Link href="/sign-in" className={linkClass}>
            signed in
          </Link>
          .
        </p>
      </AuthShell>
    );
  }
  const label = NOTIFICATION_EVENTS[claims.event].label;
  if (search.done) {
    return (
      <AuthShell title="Unsubscribed" subtitle={`You will no longer receive “${label}” by e-mail.`}>
        <p className="text-sm text-slate-700" role="status">
          Your other notifications are unchanged. You can turn it back on in Notification settings.
        </p>
      </AuthShell>
    );
  }
  return (
    <AuthShell title="Unsubscribe" subtitle={`Stop receiving “${label}” by e-mail?`}>
      <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`}>
        <button type="submit" className={buttonClass("primary")}>
          Unsubscribe
        </button>
      </form>
    </AuthShell>
  );
}
