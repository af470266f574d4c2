import type { CheckInChannel } from "@/lib/domain/check-ins/schemas";
import { localIsoDate } from "./labels";

/** The form's draft: kept across failed saves and closing the dialog, cleared after a successful save. */
export type CheckInDraft = {
  accountId: string;
  date: string;
  channel: CheckInChannel;
  sentiment: number | null;
  sentimentReason: string;
  attendeeIds: string[];
  summary: string;
  nextSteps: string;
  /** Only sent when the member changed it; otherwise the server applies the cadence default. */
  nextDue: string | null;
};

export function emptyDraft(accountId = ""): CheckInDraft {
  return {
    accountId,
    date: localIsoDate(new Date()),
    channel: "CALL",
    sentiment: null,
    sentimentReason: "",
    attendeeIds: [],
    summary: "",
    nextSteps: "",
    nextDue: null,
  };
}

/** What the action receives. A check-in dated today is "now"; another day is noon UTC of that day. */
export function draftToInput(draft: CheckInDraft) {
  const today = localIsoDate(new Date());
  return {
    accountId: draft.accountId,
    occurredAt: draft.date === today ? undefined : draft.date ? `${draft.date}T12:00:00.000Z` : "",
    channel: draft.channel,
    sentiment: draft.sentiment ?? undefined,
    sentimentReason: draft.sentimentReason || undefined,
    attendeeIds: draft.attendeeIds,
    summary: draft.summary,
    nextSteps: draft.nextSteps || undefined,
    nextDueAt: draft.nextDue === null ? undefined : draft.nextDue ? `${draft.nextDue}T12:00:00.000Z` : "",
  };
}

/** Fields in the order they appear, to focus the first one in error. */
export const FIELD_ORDER = [
  "accountId",
  "sentiment",
  "summary",
  "occurredAt",
  "channel",
  "sentimentReason",
  "attendeeIds",
  "nextSteps",
  "nextDueAt",
] as const;
