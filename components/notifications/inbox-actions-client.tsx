"use client";

import { ActionButton } from "@/components/ui/action-button";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/actions/notifications";

/** "Mark read" on one inbox item (the caller's own; lib/actions/notifications.ts). */
export function MarkReadButton({ agencySlug, id, title }: { agencySlug: string; id: string; title: string }) {
  return (
    <ActionButton
      className="shrink-0"
      aria-label={`Mark “${title}” read`}
      action={() => markNotificationRead(agencySlug, { notificationId: id })}
    >
      Mark read
    </ActionButton>
  );
}

export function MarkAllReadButton({ agencySlug }: { agencySlug: string }) {
  return (
    <ActionButton
      className="space-y-2"
      options={{ success: "Everything is marked read." }}
      action={() => markAllNotificationsRead(agencySlug, { scope: "all" })}
    >
      Mark all read
    </ActionButton>
  );
}
