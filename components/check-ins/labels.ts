import type { CheckInChannel, SentimentReason } from "@/lib/domain/check-ins/schemas";

export const CHANNEL_LABEL: Record<CheckInChannel, string> = {
  CALL: "Call",
  MEETING: "Meeting",
  EMAIL: "Email",
  QBR: "QBR",
  CHAT: "Chat",
  OTHER: "Other",
};

export const REASON_LABEL: Record<SentimentReason, string> = {
  DELIVERY: "Delivery",
  BUDGET: "Budget",
  COMMUNICATION: "Communication",
  RESULTS: "Results",
  STAFFING: "Staffing",
  STRATEGY: "Strategy",
  OTHER: "Other",
};

export const SENTIMENT_LABEL = ["", "Very negative", "Negative", "Neutral", "Positive", "Very positive"] as const;

/** The key that opens the check-in form from anywhere in the AM's workspace (when not typing in a field). */
export const CHECK_IN_SHORTCUT = "c";

/** yyyy-mm-dd of a date in the browser's own calendar (what <input type="date"> shows). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export { formatIsoDay } from "@/lib/format/dates";

export function addDaysIso(value: string, days: number): string {
  const date = new Date(`${value}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return "";
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
