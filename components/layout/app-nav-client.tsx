"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";

/** `count`: a small badge after the label (e.g. open follow-ups), read out as "N open". */
export type NavLink = { href: string; label: string; exact?: boolean; count?: number };

/** The section tabs of an agency; the current one is marked with aria-current. */
export function AppNav({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  return (
    // On a phone the tabs scroll sideways; the fading right edge says there is more.
    <nav
      aria-label="Agency sections"
      className="-mb-px flex gap-1 overflow-x-auto pr-6 [mask-image:linear-gradient(to_right,#000_calc(100%-2rem),transparent)] md:pr-0 md:[mask-image:none]"
    >
      {links.map((link) => {
        const current = link.exact
          ? pathname === link.href
          : pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`shrink-0 rounded-t-md border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 ${
              current
                ? "border-indigo-600 text-indigo-700"
                : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
            }`}
          >
            {link.label}
            {link.count ? (
              <span className="ml-1.5 rounded-full bg-indigo-100 px-1.5 py-0.5 text-xs font-semibold text-indigo-800">
                {link.count}
                <span className="sr-only"> open</span>
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
