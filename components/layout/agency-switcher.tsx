import Link from "@/components/ui/link";

type AgencyOption = { slug: string; name: string };

const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600";

/** The current agency, and a disclosure menu of the person's other agencies (plain links: works without JS). */
export function AgencySwitcher({ current, agencies }: { current: AgencyOption; agencies: AgencyOption[] }) {
  if (agencies.length <= 1) {
    return <span className="block truncate text-sm font-semibold text-slate-900">{current.name}</span>;
  }
  return (
    <details className="group relative min-w-0">
      <summary
        className={`flex cursor-pointer list-none items-center gap-1 rounded-md px-2 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100 [&::-webkit-details-marker]:hidden ${focusRing}`}
      >
        <span className="sr-only">Current agency: </span>
        <span className="truncate">{current.name}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 text-slate-500 group-open:rotate-180">
          <path
            fill="currentColor"
            d="M5.2 7.2a.75.75 0 0 1 1.06 0L10 10.94l3.74-3.74a.75.75 0 1 1 1.06 1.06l-4.27 4.27a.75.75 0 0 1-1.06 0L5.2 8.26a.75.75 0 0 1 0-1.06Z"
          />
        </svg>
        <span className="sr-only">(switch agency)</span>
      </summary>
      <div className="absolute left-0 z-20 mt-1 w-64 rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
        <p className="px-2 py-1 text-xs font-medium text-slate-500">Your agencies</p>
        <ul>
          {agencies.map((agency) => {
            const isCurrent = agency.slug === current.slug;
            return (
              <li key={agency.slug}>
                <Link
                  href={`/${agency.slug}`}
                  aria-current={isCurrent ? "page" : undefined}
                  className={`block rounded-md px-2 py-1.5 text-sm ${isCurrent ? "bg-indigo-50 font-medium text-indigo-700" : "text-slate-700 hover:bg-slate-100"} ${focusRing}`}
                >
                  {agency.name}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}
