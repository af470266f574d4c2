import { headers } from "next/headers";
import { revalidatePath } from "next/cache";

/**
 * What a write changed, as the agency pages that show it: a page path under the agency ("/portfolio",
 * `/accounts/${id}`), or a route pattern for detail pages whose id the action does not know ("/clients/[clientId]",
 * every client page). Never the whole agency layout.
 */
export type AgencyPagePath = `/${string}`;

/** Pages that show portfolio figures derived from accounts, check-ins, projects, KPIs and growth plans. */
export const PORTFOLIO_PAGES: readonly AgencyPagePath[] = ["/portfolio", "/portfolio/ams/[membershipId]", "/me"];

/** "/accounts/[accountId]" matches "/accounts/0f…"; a concrete path matches itself. */
export function pageShows(pattern: AgencyPagePath, path: string): boolean {
  const want = pattern.split("/");
  const got = path.split("/");
  return want.length === got.length && want.every((part, i) => part === got[i] || /^\[[^\]]+\]$/.test(part));
}

/**
 * Next 16 answers a server action that revalidated anything with a fresh render of the page the action was called
 * from, and empties the browser's router cache. So a write revalidates only when the page it came from (the Referer
 * of the action's request) shows what changed: logging a check-in from the projects list then costs the write, not a
 * re-render of a 3,600-project page. Every other page is dynamic and rendered fresh when next visited. Without a
 * usable Referer, the changed pages are revalidated as before.
 * Returns whether anything was revalidated, that is whether the action's answer carries a fresh render of the page
 * it came from (the form then need not ask for it again).
 */
export async function revalidatePages(slug: string, pages: readonly AgencyPagePath[]): Promise<boolean> {
  try {
    const referer = (await headers()).get("referer");
    const from = referer ? new URL(referer).pathname.replace(/\/$/, "") : null;
    const prefix = `/${slug}`;
    if (from !== null && from.startsWith(prefix)) {
      const current = from.slice(prefix.length) || "/";
      if (!pages.some((page) => pageShows(page, current))) return false;
    }
    for (const page of new Set(pages)) {
      if (page.includes("[")) revalidatePath(`/[agency]${page}`, "page");
      else revalidatePath(`/${slug}${page}`);
    }
    return pages.length > 0;
  } catch {
    // Outside a Next request (scripts, tests) there is no cache to revalidate.
    return false;
  }
}

/** Revalidates everything under the agency (its layout): only for writes that change what every page shows. */
export function revalidateAgency(slug: string) {
  try {
    revalidatePath(`/${slug}`, "layout");
  } catch {
    // Outside a Next request (scripts, tests) there is no cache to revalidate.
  }
}
