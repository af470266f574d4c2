import Link from "@/components/ui/link";
import { AgencySwitcher } from "./agency-switcher";
import { AppNav, type NavLink } from "./app-nav-client";
import { SignOutButton } from "./sign-out-button";

type Props = {
  agency: { slug: string; name: string };
  agencies: { slug: string; name: string }[];
  userName: string;
  links: NavLink[];
  /** Unread notifications in this agency (the inbox badge). */
  unread: number;
};

export function TopBar({ agency, agencies, userName, links, unread }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 pt-3 sm:px-6">
        <Link
          href={`/${agency.slug}`}
          className="shrink-0 rounded text-sm font-semibold tracking-wide text-indigo-600 uppercase focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        >
          Accountable
        </Link>
        <span aria-hidden="true" className="text-slate-300">
          /
        </span>
        <div className="min-w-0 flex-1">
          <AgencySwitcher current={agency} agencies={agencies} />
        </div>
        <Link
          href={`/${agency.slug}/inbox`}
          className="shrink-0 rounded px-1 text-sm text-slate-700 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
          data-testid="inbox-link"
          aria-label={unread > 0 ? `Inbox, ${unread} unread` : "Inbox"}
        >
          Inbox
          {unread > 0 && (
            <span
              aria-hidden="true"
              data-testid="unread-count"
              className="ml-1 inline-flex min-w-5 justify-center rounded-full bg-indigo-600 px-1.5 text-xs font-semibold text-white"
            >
              {unread > 99 ? "99+" : unread}
            </span>
          )}
        </Link>
        <Link
          href={`/${agency.slug}/account`}
          className="hidden truncate rounded text-sm text-slate-600 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 sm:inline"
          data-testid="current-user"
          title="Your account: password and sessions"
        >
          {userName}
        </Link>
        <SignOutButton className="shrink-0 px-2.5 py-1.5" />
      </div>
      <div className="mx-auto mt-2 max-w-6xl px-2 sm:px-4">
        <AppNav links={links} />
      </div>
    </header>
  );
}
