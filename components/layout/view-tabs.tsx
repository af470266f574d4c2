import Link from "@/components/ui/link";

/** One tab's look in a page header: the current view filled, the others plain. */
export const viewTabClass = (current: boolean) =>
  `rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600 ${
    current ? "bg-indigo-600 text-white" : "text-slate-700 hover:bg-slate-100"
  }`;

export type ViewTab = { href: string; label: string; current: boolean };

/** The views of one list (open / closed, all / mine) as links; the current one is announced as the page. */
export function ViewTabs({ label, tabs }: { label: string; tabs: readonly ViewTab[] }) {
  return (
    <nav aria-label={label} className="flex gap-1 rounded-lg border border-slate-200 bg-white p-1">
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className={viewTabClass(tab.current)}
          aria-current={tab.current ? "page" : undefined}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
