import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button-class";
import { formatCount } from "@/lib/domain/portfolio/text";

type Search = Record<string, string | string[] | undefined>;

/** The list's address with its filters and sort kept and the paging cursor replaced (or dropped for the first page). */
export function pageHref(base: string, search: Search, cursor: { after?: string; before?: string } = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (key === "after" || key === "before" || value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, one);
  }
  if (cursor.after) params.set("after", cursor.after);
  if (cursor.before) params.set("before", cursor.before);
  const query = params.toString().replace(/=(?=&|$)/g, "");
  return query ? `${base}?${query}` : base;
}

type Props = {
  /** The list's path, and the search params of this request (filters, sort, cursor). */
  base: string;
  search: Search;
  page: { next: string | null; previous: string | null; items: readonly unknown[]; total?: number };
  /** Every row matching the filters, not just this page (default: the page's own count of them). */
  total?: number;
  /** What the list counts: a word whose plural takes an "s", or both forms. */
  noun: string | [singular: string, plural: string];
  /** The navigation's name for screen readers; "<Noun> pages" unless the list is better known by another name. */
  label?: string;
};

/**
 * Newest/first, previous and next as plain links: paging works without JavaScript and each page has its own address.
 * Used under every paged list.
 */
export function Pager({ base, search, page, total = page.total ?? 0, noun, label }: Props) {
  const [one, many] = typeof noun === "string" ? [noun, `${noun}s`] : noun;
  const counted = `${formatCount(total)} ${total === 1 ? one : many}`;
  const name = label ?? `${one.charAt(0).toUpperCase()}${one.slice(1)} pages`;
  const notFirst = Boolean(search.after || search.before) && page.previous !== null;
  return (
    <nav
      aria-label={name}
      data-testid="pager"
      className="mt-4 flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-4"
    >
      <p className="text-sm text-slate-600" data-testid="pager-count">
        {page.items.length === 0 ? counted : `${formatCount(page.items.length)} shown of ${counted}`}
      </p>
      <div className="flex gap-2">
        {notFirst && (
          <Link href={pageHref(base, search)} className={buttonClass("ghost")}>
            First page
          </Link>
        )}
        {page.previous && (
          <Link
            href={pageHref(base, search, { before: page.previous })}
            className={buttonClass("secondary")}
            rel="prev"
          >
            ← Previous
          </Link>
        )}
        {page.next && (
          <Link href={pageHref(base, search, { after: page.next })} className={buttonClass("secondary")} rel="next">
            Next →
          </Link>
        )}
      </div>
    </nav>
  );
}
