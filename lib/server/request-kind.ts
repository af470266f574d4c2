/**
 * What kind of request this is, in one place for the three that ask: the admission check (scripts/serve.ts: never
 * refuse health, static files or server actions), the tenant gate (lib/server/tenant-gate.ts: only page renders wait
 * for their agency's turn) and the cluster's load balancer (scripts/cluster.ts: only page renders go to the overflow
 * lane), which gets the same rule as HAProxy ACLs from `notAPageAcls`.
 */

type Headers = Record<string, string | string[] | undefined>;

/** Requests that are not page renders: by path (Next's own files, API routes) or by header. */
const NOT_A_PAGE = {
  pathPrefixes: ["/_next/", "/api/"],
  /** A server action (a save: cheap, must never wait behind colleagues' dashboards) and a link prefetch. */
  headers: ["next-action", "next-router-prefetch"],
} as const;

const pathOf = (url: string | undefined) => (url ?? "/").split("?")[0]!;

export const isServerAction = (headers: Headers) => Boolean(headers["next-action"]);

/** The load balancer's health check: always admitted, answered while draining, not the app's own work. */
export const isHealthCheck = (url: string | undefined) => pathOf(url).startsWith("/api/health");

export function isPageRender(url: string | undefined, headers: Headers): boolean {
  const path = pathOf(url);
  return (
    !NOT_A_PAGE.pathPrefixes.some((prefix) => path.startsWith(prefix)) &&
    !NOT_A_PAGE.headers.some((name) => headers[name])
  );
}

/**
 * Whose page render this is: the first segment of the path (`/northwind/accounts` → "northwind"), which is the agency
 * for every signed-in page; pages outside any agency (sign-in, the landing page) share buckets by the same rule.
 * Null for everything that is not a page render (API routes such as exports, which stream for a while and would hold
 * the agency's slot; server actions; prefetches, which render only up to the loading boundary; static files).
 */
export function pageTenantOf(url: string | undefined, headers: Headers): string | null {
  return isPageRender(url, headers) ? (pathOf(url).split("/")[1] ?? "") : null;
}

/** The same rule in HAProxy's language: requests matching `not_a_page` are not page renders. */
export function notAPageAcls(indent = "    "): string {
  return [
    `${indent}acl not_a_page path_beg ${NOT_A_PAGE.pathPrefixes.join(" ")}`,
    ...NOT_A_PAGE.headers.map((name) => `${indent}acl not_a_page req.hdr(${name}) -m found`),
  ].join("\n");
}
