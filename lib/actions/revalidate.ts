import { revalidatePath } from "next/cache";

/**
 * What a write changed, as the agency pages that show it: a page path under the agency ("/portfolio",
 * `/accounts/${id}`), or a route pattern for detail pages whose id the action does not know ("/clients/[clientId]",
 * every client page). Revalidating only these, never the whole agency layout, keeps a write's answer to what the write
 * costs: other pages (members, audit, import, unrelated lists) stay cached in the browser and are not rebuilt.
 */
export type AgencyPagePath = `/${string}`;

/** Pages that show portfolio figures derived from accounts, check-ins, projects, KPIs and growth plans. */
export const PORTFOLIO_PAGES: readonly AgencyPagePath[] = ["/portfolio", "/portfolio/ams/[membershipId]", "/me"];

export function revalidatePages(slug: string, pages: readonly AgencyPagePath[]) {
  try {
    for (const page of new Set(pages)) {
      if (page.includes("[")) revalidatePath(`/[agency]${page}`, "page");
      else revalidatePath(`/${slug}${page}`);
    }
  } catch {
    // Outside a Next request (scripts, tests) there is no cache to revalidate.
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
