import type { Permission } from "@/lib/auth/permissions";
import type { SearchRecord } from "@/lib/server/search-params";
import { requireMember } from "./membership";

/** The props Next passes to an agency page that reads its query string; `P` adds the route's other segments. */
export type AgencyPageProps<P extends Record<string, string> = Record<never, string>> = {
  params: Promise<{ agency: string } & P>;
  searchParams: Promise<SearchRecord>;
};

/** An agency page's opening: the member, refused unless they hold `permission`, the route and the query string. */
export async function openAgencyPage<P extends Record<string, string>>(
  { params, searchParams }: AgencyPageProps<P>,
  permission: Permission,
) {
  const route = await params;
  const member = await requireMember(route.agency, permission);
  return { member, route, search: await searchParams };
}
