import type { ActionEntry } from "./action-registry";
import { memberAction, rowAction, rowlessAction } from "./action-entries";

/** Registry entries (see action-registry.ts for the format) of the follow-up actions (issue 14). */
export const FOLLOW_UP_ACTIONS: Record<string, ActionEntry> = {
  "lib/actions/follow-ups#createFollowUp": memberAction(
    (t) => ({ accountId: t.ids.account, title: "Call about the renewal", dueDate: "2026-12-20", reason: "" }),
    ({ a, b }) => [
      { accountId: b.ids.account, title: "Smuggled", dueDate: "2026-12-20" },
      { accountId: a.ids.account, title: "To a stranger", dueDate: "2026-12-20", assigneeId: b.ids.am },
    ],
    { freeText: ["title", "reason"] },
  ),
  "lib/actions/follow-ups#closeFollowUp": rowAction(
    "followUpId",
    "followUp",
    { outcome: "Called them; renewal on track" },
    [{ outcome: "Closed from outside" }],
    { freeText: ["outcome"] },
  ),
  "lib/actions/follow-ups#reassignFollowUp": memberAction(
    (t) => ({ followUpId: t.ids.followUp, assigneeId: t.ids.secondAm }),
    ({ a, b }) => [
      { followUpId: b.ids.followUp, assigneeId: a.ids.am },
      { followUpId: a.ids.followUp, assigneeId: b.ids.am },
    ],
  ),
  "lib/actions/follow-ups#updateFollowUpRule": rowlessAction(() => ({
    signalType: "CHECK_IN_OVERDUE",
    enabled: "on",
    assignee: "LEADERS",
    dueInDays: "5",
  })),
};
