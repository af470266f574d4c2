import { withTenant } from "@/lib/db/tenant";
import { localTime } from "@/lib/notifications/schedule";
import { notifyMany } from "@/lib/notifications/notify";

/**
 * The `follow-ups:remind` job for one agency: tells each assignee once that a follow-up of theirs fell due (today or
 * earlier in the agency's time zone), on the channels they chose for "Follow-up due". The claim is one UPDATE … WHERE
 * "dueRemindedAt" IS NULL … RETURNING in the transaction that notifies: a second worker racing it waits on the row
 * locks, finds them claimed and notifies nobody; a rolled-back run claims nothing. The leaders' queue (no assignee)
 * is not reminded: their weekly digest lists it.
 */
export async function remindDueFollowUps(agencyId: string, now = new Date()): Promise<{ reminded: number }> {
  return withTenant(agencyId, null, async (tx) => {
    const agency = await tx.agency.findUniqueOrThrow({
      where: { id: agencyId },
      select: { slug: true, timeZone: true },
    });
    const today = localTime(now, agency.timeZone).date;
    const claimed = await tx.$queryRaw<{ id: string; title: string; dueDate: string; userId: string }[]>`
      UPDATE "FollowUp" f SET "dueRemindedAt" = now()
      FROM "Membership" m
      WHERE f."agencyId" = ${agencyId}::uuid AND f."status" = 'OPEN' AND f."dueRemindedAt" IS NULL
        AND f."dueDate" <= ${today}::date
        AND m."agencyId" = f."agencyId" AND m."id" = f."assigneeId" AND m."active"
      RETURNING f."id", f."title", to_char(f."dueDate", 'YYYY-MM-DD') AS "dueDate", m."userId"`;
    await notifyMany(
      tx,
      claimed.map((f) => ({
        agencyId,
        userId: f.userId,
        event: "followup.due" as const,
        title: `Due ${f.dueDate === today ? "today" : `since ${f.dueDate}`}: ${f.title}`,
        body: "A follow-up of yours is due. Close it with an outcome once it is done.",
        href: `/${agency.slug}/follow-ups`,
        key: `followup:${f.id}:due`,
      })),
    );
    return { reminded: claimed.length };
  });
}
