import { notFound } from "@/lib/actions/result";
import { fieldChange } from "@/lib/audit/record";
import type { Ctx } from "@/lib/domain/action-context";
import { startEmailVerification } from "@/lib/domain/auth-mail/user-tokens";
import type { NotificationEvent } from "@/lib/notifications/events";
import { channelsOf } from "@/lib/notifications/notify";
import { maskWebhook } from "./queries";

/** Marks one of the caller's own notifications read (another person's, or another agency's, is "not found"). */
export async function markRead({ input, member, tx, audit }: Ctx<"markReadSchema">) {
  const own = { agencyId: member.agencyId, userId: member.user.id, id: input.notificationId };
  const found = await tx.notification.findFirst({ where: own, select: { id: true, readAt: true } });
  if (!found) throw notFound("That notification");
  if (found.readAt) return { id: found.id, changed: false };
  await tx.notification.updateMany({ where: { ...own, readAt: null }, data: { readAt: new Date() } });
  await audit({ action: "notification.read", entityType: "Notification", entityId: found.id });
  return { id: found.id, changed: true };
}

export async function markAllRead({ member, tx, audit }: Ctx<"markAllReadSchema">) {
  const result = await tx.notification.updateMany({
    where: { agencyId: member.agencyId, userId: member.user.id, readAt: null },
    data: { readAt: new Date() },
  });
  if (result.count > 0) {
    await audit({ action: "notification.all_read", entityType: "Notification", after: { count: result.count } });
  }
  return { count: result.count };
}

export async function setPreference({ input, member, tx, audit }: Ctx<"preferenceSchema">) {
  const event = input.event as NotificationEvent;
  const { agencyId } = member;
  const userId = member.user.id;
  const before = await channelsOf(tx, agencyId, userId, event);
  const after = { inApp: input.inApp, email: input.email, slack: input.slack };
  await tx.notificationPreference.upsert({
    where: { agencyId_userId_event: { agencyId, userId, event } },
    create: { agencyId, userId, event, ...after },
    update: after,
    select: { event: true },
  });
  await audit({
    action: "notification.preference_set",
    entityType: "NotificationPreference",
    entityId: event,
    before,
    after,
  });
  return { event, ...after };
}

export async function setDigestDay({ input, member, tx, audit }: Ctx<"digestDaySchema">) {
  const { agencyId } = member;
  const userId = member.user.id;
  const weeklyWeekday = input.weekday === "" ? null : Number(input.weekday);
  const before = await tx.digestSetting.findFirst({ where: { agencyId, userId }, select: { weeklyWeekday: true } });
  await tx.digestSetting.upsert({
    where: { agencyId_userId: { agencyId, userId } },
    create: { agencyId, userId, weeklyWeekday },
    update: { weeklyWeekday },
    select: { userId: true },
  });
  await audit(
    fieldChange("notification.digest_day_set", "DigestSetting", userId, {
      weeklyWeekday: [before?.weeklyWeekday ?? null, weeklyWeekday],
    }),
  );
  return { weeklyWeekday };
}

/** The agency's Slack webhook: stored as given, audited only masked (it is a secret), never returned in full. */
export async function setWebhook({ input, member, tx, audit }: Ctx<"webhookSchema">) {
  const { agencyId } = member;
  const before = await tx.agencyWebhook.findFirst({ where: { agencyId }, select: { slackUrl: true } });
  if (input.url === "") {
    if (before) await tx.agencyWebhook.deleteMany({ where: { agencyId } });
  } else {
    await tx.agencyWebhook.upsert({
      where: { agencyId },
      create: { agencyId, slackUrl: input.url },
      update: { slackUrl: input.url },
      select: { agencyId: true },
    });
  }
  const masked = input.url === "" ? null : maskWebhook(input.url);
  await audit(
    fieldChange("agency.webhook_set", "AgencyWebhook", agencyId, {
      webhook: [before ? maskWebhook(before.slackUrl) : null, masked],
    }),
  );
  return { webhook: masked };
}

export async function requestVerification({ member, audit }: Ctx<"emptySchema">) {
  await startEmailVerification(member.user.email);
  await audit({ action: "user.verification_requested", entityType: "User", entityId: member.user.id });
  return { message: `We have sent a confirmation link to ${member.user.email}.` };
}
