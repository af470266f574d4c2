import { Prisma } from "@/lib/db/generated/client";
import type { TenantTx } from "@/lib/db/tenant";
import { keysetPage, type PageRequest, type SortKey } from "@/lib/pagination/keyset";
import { channelsFor, EVENT_KEYS, type ChannelSet, type NotificationEvent } from "@/lib/notifications/events";

export type InboxItem = {
  id: string;
  event: string;
  title: string;
  body: string;
  href: string | null;
  readAt: Date | null;
  createdAt: Date;
};

/** Newest first, then id: the inbox's order, served by the (agencyId, userId, createdAt DESC, id) index. */
export const INBOX_KEYS: readonly SortKey<InboxItem>[] = [
  { dir: "desc", sql: Prisma.sql`n."createdAt"`, cast: "timestamp", value: (r) => r.createdAt.toISOString() },
  { dir: "desc", sql: Prisma.sql`n."id"`, cast: "uuid", value: (r) => r.id },
];

/** The top bar's badge: one count over the (agencyId, userId, readAt) index. */
export function unreadCount(tx: TenantTx, agencyId: string, userId: string): Promise<number> {
  return tx.notification.count({ where: { agencyId, userId, readAt: null } });
}

export async function inboxPage(tx: TenantTx, agencyId: string, userId: string, request: PageRequest) {
  const page = await keysetPage(
    INBOX_KEYS,
    request,
    (how) =>
      tx.$queryRaw<InboxItem[]>`
      SELECT n."id", n."event", n."title", n."body", n."href", n."readAt", n."createdAt"
      FROM "Notification" n
      WHERE n."agencyId" = ${agencyId}::uuid AND n."userId" = ${userId}::uuid AND ${how.where}
      ORDER BY ${how.orderBy}
      LIMIT ${how.limit}`,
  );
  const total = await tx.notification.count({ where: { agencyId, userId } });
  return { page, total };
}

export type PreferenceRow = { event: NotificationEvent; channels: ChannelSet };

/** Every event with the member's channels in force (their row, else the defaults) and their digest weekday. */
export async function readPreferences(tx: TenantTx, agencyId: string, userId: string) {
  const rows = await tx.notificationPreference.findMany({
    where: { agencyId, userId },
    select: { event: true, inApp: true, email: true, slack: true },
  });
  const byEvent = new Map(rows.map((r) => [r.event, r]));
  const preferences: PreferenceRow[] = EVENT_KEYS.map((event) => ({
    event,
    channels: channelsFor(event, byEvent.get(event)),
  }));
  const digest = await tx.digestSetting.findFirst({ where: { agencyId, userId }, select: { weeklyWeekday: true } });
  return { preferences, weeklyWeekday: digest?.weeklyWeekday ?? null };
}

/** The webhook as the settings show it: host and the last 4 characters only. */
export function maskWebhook(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}/…${url.slice(-4)}`;
  } catch {
    return `…${url.slice(-4)}`;
  }
}

export async function readWebhookMasked(tx: TenantTx, agencyId: string): Promise<string | null> {
  const row = await tx.agencyWebhook.findFirst({ where: { agencyId }, select: { slackUrl: true } });
  return row ? maskWebhook(row.slackUrl) : null;
}
