"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/actions/notifications";

/** "Mark read" on one inbox item (the caller's own; lib/actions/notifications.ts). */
export function MarkReadButton({ agencySlug, id, title }: { agencySlug: string; id: string; title: string }) {
  const { pending, message, submit } = useActionForm();
  return (
    <div className="shrink-0">
      {message && <Alert>{message}</Alert>}
      <Button
        variant="secondary"
        pending={pending}
        aria-label={`Mark “${title}” read`}
        onClick={() => submit(() => markNotificationRead(agencySlug, { notificationId: id }))}
      >
        Mark read
      </Button>
    </div>
  );
}

export function MarkAllReadButton({ agencySlug }: { agencySlug: string }) {
  const { pending, message, submit } = useActionForm({ success: "Everything is marked read." });
  return (
    <div className="space-y-2">
      {message && <Alert>{message}</Alert>}
      <Button
        variant="secondary"
        pending={pending}
        onClick={() => submit(() => markAllNotificationsRead(agencySlug, { scope: "all" }))}
      >
        Mark all read
      </Button>
    </div>
  );
}
