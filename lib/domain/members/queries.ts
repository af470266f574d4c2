import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { keysetPage, type Page, type PageRequest, type SortKey } from "@/lib/pagination/keyset";

export type MemberRow = {
  membershipId: string;
  name: string;
  email: string;
  roles: string[];
  isOwner: boolean;
  active: boolean;
  joinedAt: Date;
};

const MEMBER_KEYS: SortKey<MemberRow>[] = [
  { sql: Prisma.sql`m."active"`, dir: "desc", cast: "bool", value: (r) => r.active },
  { sql: Prisma.sql`u."name"`, dir: "asc", cast: "text", value: (r) => r.name },
  { sql: Prisma.sql`m."id"`, dir: "asc", cast: "uuid", value: (r) => r.membershipId },
];

/** One page of the agency's members: active ones first, then by name. */
export async function listMembersPage(tx: TenantTx, agencyId: string, request: PageRequest): Promise<Page<MemberRow>> {
  return keysetPage(
    MEMBER_KEYS,
    request,
    (seek) =>
      tx.$queryRaw<MemberRow[]>`
      SELECT m."id" AS "membershipId", u."name", u."email", m."roles"::text[] AS "roles", m."isOwner", m."active",
             m."createdAt" AS "joinedAt"
      FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
      WHERE m."agencyId" = ${agencyId}::uuid AND ${seek.where}
      ORDER BY ${seek.orderBy}
      LIMIT ${seek.limit}`,
  );
}

/** How many members are active and deactivated, for the page's header and its pager. */
export async function countMembers(tx: TenantTx, agencyId: string): Promise<{ active: number; total: number }> {
  const [row] = await tx.$queryRaw<{ active: number; total: number }[]>`
    SELECT count(*) FILTER (WHERE m."active")::int AS "active", count(*)::int AS "total"
    FROM "Membership" m WHERE m."agencyId" = ${agencyId}::uuid`;
  return row ?? { active: 0, total: 0 };
}

export type PendingInvitation = {
  id: string;
  email: string;
  roles: string[];
  expiresAt: Date;
  invitedBy: string;
  createdAt: Date;
};

const INVITATION_KEYS: SortKey<PendingInvitation>[] = [
  { sql: Prisma.sql`i."createdAt"`, dir: "desc", cast: "timestamp", value: (r) => r.createdAt.toISOString() },
  { sql: Prisma.sql`i."id"`, dir: "desc", cast: "uuid", value: (r) => r.id },
];

/**
 * One page of the invitations still waiting for an answer, newest first, and how many there are. A large agency
 * bringing its team in can have hundreds open at once (the invitation bound allows 30 an hour, each open for a week).
 */
export async function listPendingInvitationsPage(
  tx: TenantTx,
  agencyId: string,
  request: PageRequest,
  now = new Date(),
): Promise<Page<PendingInvitation> & { total: number }> {
  const open = Prisma.sql`i."agencyId" = ${agencyId}::uuid AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL
    AND i."expiresAt" > ${now}`;
  const page = await keysetPage(
    INVITATION_KEYS,
    request,
    (seek) =>
      tx.$queryRaw<PendingInvitation[]>`
      SELECT i."id", i."email", i."roles"::text[] AS "roles", i."expiresAt", i."createdAt", u."name" AS "invitedBy"
      FROM "Invitation" i
      JOIN "Membership" m ON m."agencyId" = i."agencyId" AND m."id" = i."invitedById"
      JOIN "User" u ON u."id" = m."userId"
      WHERE ${open} AND ${seek.where}
      ORDER BY ${seek.orderBy}
      LIMIT ${seek.limit}`,
  );
  const [count] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM "Invitation" i WHERE ${open}`;
  return { ...page, total: count?.n ?? 0 };
}

/**
 * Agencies the signed-in person belongs to (for the switcher). Deliberately spans agencies, so it is raw SQL
 * outside the tenant guard; row-level security still limits it to the person's own memberships.
 */
export async function listMyAgencies(tx: TenantTx, userId: string) {
  return tx.$queryRaw<{ slug: string; name: string; roles: string[] }[]>`
    SELECT a."slug", a."name", m."roles"::text[] AS "roles"
    FROM "Membership" m JOIN "Agency" a ON a."id" = m."agencyId"
    WHERE m."userId" = ${userId}::uuid AND m."active"
    ORDER BY a."name"`;
}

export type AmHeader = { id: string; name: string; email: string; roles: string[]; active: boolean };

/** The membership if it belongs to this agency and holds the AM role (roles filtered in JS, as PGlite needs). */
export async function readAmHeader(tx: TenantTx, agencyId: string, membershipId: string): Promise<AmHeader | null> {
  const [row] = await tx.$queryRaw<AmHeader[]>`
    SELECT m."id", u."name", u."email", m."roles"::text[] AS "roles", m."active"
    FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
    WHERE m."agencyId" = ${agencyId}::uuid AND m."id" = ${membershipId}::uuid`;
  return row && row.roles.includes("AM") ? row : null;
}
