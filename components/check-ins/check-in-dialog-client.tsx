"use client";

import {
  useImperativeHandle,
  useRef,
  useState,
  useTransition,
  type FormEvent,
  type KeyboardEvent,
  type Ref,
} from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass, labelClass } from "@/components/ui/field";
import { logCheckIn } from "@/lib/actions/check-ins";
import type { CheckInAccountOption } from "@/lib/domain/check-ins/queries";
import { CHECK_IN_CHANNELS, CHECK_IN_LIMITS, SENTIMENT_REASONS } from "@/lib/domain/check-ins/schemas";
import { AccountCombobox, accountLabel } from "./account-combobox-client";
import { draftToInput, emptyDraft, errorsByField, FIELD_ORDER, type CheckInDraft } from "./check-in-form-state";
import { CHANNEL_NAME, REASON_NAME, SENTIMENT_NAME, addDaysIso, formatIsoDay } from "./labels";

type Props = {
  slug: string;
  accounts: CheckInAccountOption[];
  /** The opener's handle: `open(accountId?)` shows the dialog, pre-filled with the account when given. */
  handleRef: Ref<CheckInDialogHandle>;
  onSaved(message: string): void;
  onClosed(): void;
};

const FIELD_FOCUS: Record<(typeof FIELD_ORDER)[number], string> = {
  accountId: "ci-account",
  sentiment: "ci-sentiment",
  summary: "ci-summary",
  occurredAt: "ci-date",
  channel: "ci-channel",
  sentimentReason: "ci-reason",
  attendeeIds: "ci-attendees",
  nextSteps: "ci-next-steps",
  nextDueAt: "ci-next-due",
};

/**
 * The check-in form in a modal <dialog>: the browser traps focus and closes it on Escape; we focus the first field to
 * fill on open and hand focus back to the opener on close. The draft survives a failed save and a closed dialog.
 * Ctrl/⌘+Enter saves from any field.
 */
export type CheckInDialogHandle = { open(accountId?: string): void };

export function CheckInDialog({ slug, accounts, handleRef, onSaved, onClosed }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<CheckInDraft>(() => emptyDraft(accounts.length === 1 ? accounts[0]!.id : ""));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const account = accounts.find((a) => a.id === draft.accountId) ?? null;
  const defaultDue = account && draft.date ? addDaysIso(draft.date, account.cadenceDays) : "";

  useImperativeHandle(handleRef, () => ({
    open(accountId?: string) {
      const dialog = dialogRef.current;
      if (!dialog) return;
      if (accountId) setDraft((d) => (d.accountId === accountId ? d : { ...d, accountId, attendeeIds: [] }));
      if (!dialog.open) dialog.showModal();
      // After React has rendered the pre-filled account: the first field still to fill gets focus.
      const chosen = accountId ?? (accounts.length === 1 ? accounts[0]!.id : null);
      requestAnimationFrame(() => focusField(chosen ? "ci-sentiment" : "ci-account"));
    },
  }));

  function focusField(id: string) {
    const root = formRef.current;
    if (!root) return;
    const target =
      id === "ci-sentiment"
        ? (root.querySelector<HTMLInputElement>('input[name="sentiment"]:checked') ??
          root.querySelector<HTMLInputElement>('input[name="sentiment"]'))
        : id === "ci-attendees"
          ? root.querySelector<HTMLInputElement>('input[name="attendeeIds"]')
          : root.querySelector<HTMLElement>(`#${id}`);
    target?.focus();
  }

  const update = (patch: Partial<CheckInDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (pending) return;
    startTransition(async () => {
      const result = await logCheckIn(slug, draftToInput(draft));
      if (result.ok) {
        const label = account ? accountLabel(account) : "the account";
        setErrors({});
        setMessage(null);
        setDraft(emptyDraft(accounts.length === 1 ? accounts[0]!.id : ""));
        dialogRef.current?.close();
        onSaved(`Check-in logged for ${label}. Next one due ${formatIsoDay(result.data.nextDueAt.slice(0, 10))}.`);
        return;
      }
      const byField = errorsByField(result.fieldErrors);
      setErrors(byField);
      setMessage(result.message);
      const first = FIELD_ORDER.find((f) => byField[f]);
      if (first) requestAnimationFrame(() => focusField(FIELD_FOCUS[first]));
    });
  }

  function onFormKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  }

  function onSentimentKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    const value = Number(event.key);
    if (Number.isInteger(value) && value >= 1 && value <= 5) {
      event.preventDefault();
      update({ sentiment: value });
      formRef.current?.querySelector<HTMLInputElement>(`#ci-sentiment-${value}`)?.focus();
    }
  }

  const invalid = (field: string) => (errors[field]?.length ? true : undefined);
  const describedBy = (field: string, hint?: string) =>
    [hint, errors[field]?.length ? `ci-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="ci-title"
      onClose={onClosed}
      className="m-auto max-h-[calc(100dvh-1rem)] w-[calc(100%-1rem)] max-w-xl overflow-y-auto rounded-xl bg-white p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <form ref={formRef} noValidate onSubmit={submit} onKeyDown={onFormKeyDown} className="space-y-4 p-4 sm:p-6">
        <div className="flex items-start justify-between gap-3">
          <div>
            <h2 id="ci-title" className="text-lg font-semibold text-slate-900">
              Log a check-in
            </h2>
            <p className="mt-0.5 text-xs text-slate-500">
              <kbd className="font-sans">Ctrl</kbd>/<kbd className="font-sans">⌘</kbd>+
              <kbd className="font-sans">Enter</kbd> saves · <kbd className="font-sans">Esc</kbd> closes, your draft is
              kept
            </p>
          </div>
          <Button variant="ghost" className="-mt-1 -mr-2 px-2" onClick={() => dialogRef.current?.close()}>
            Close
          </Button>
        </div>

        {message && <Alert>{message}</Alert>}

        <AccountCombobox
          id="ci-account"
          accounts={accounts}
          value={draft.accountId}
          errors={errors.accountId}
          onChange={(accountId) => update({ accountId, attendeeIds: [] })}
        />

        <fieldset onKeyDown={onSentimentKeyDown} aria-describedby="ci-sentiment-hint">
          <legend className={labelClass}>How did the client feel?</legend>
          <p id="ci-sentiment-hint" className="text-xs text-slate-500">
            1 very negative … 5 very positive. Arrow keys or the keys 1–5.
          </p>
          <div className="mt-1.5 grid grid-cols-5 gap-1.5">
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value} className="relative">
                <input
                  type="radio"
                  id={`ci-sentiment-${value}`}
                  name="sentiment"
                  value={value}
                  checked={draft.sentiment === value}
                  onChange={() => update({ sentiment: value })}
                  aria-describedby={describedBy("sentiment")}
                  className="peer sr-only"
                />
                <span
                  className={`flex cursor-pointer flex-col items-center rounded-md border px-1 py-1.5 text-center peer-checked:border-indigo-600 peer-checked:bg-indigo-600 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-indigo-600 ${errors.sentiment ? "border-rose-500" : "border-slate-300"}`}
                >
                  <span className="text-base font-semibold">{value}</span>
                  <span className="text-[11px] leading-tight">{SENTIMENT_NAME[value]}</span>
                </span>
              </label>
            ))}
          </div>
          <FieldError id="ci-sentiment-error" errors={errors.sentiment} />
        </fieldset>

        <div>
          <label htmlFor="ci-summary" className={labelClass}>
            Summary
          </label>
          <textarea
            id="ci-summary"
            rows={3}
            maxLength={CHECK_IN_LIMITS.summaryMax}
            value={draft.summary}
            onChange={(e) => update({ summary: e.target.value })}
            aria-invalid={invalid("summary")}
            aria-describedby={describedBy("summary")}
            className={`${inputClass} mt-1`}
            placeholder="What did you talk about?"
          />
          <FieldError id="ci-summary-error" errors={errors.summary} />
        </div>

        <div className="grid gap-4 sm:grid-cols-3">
          <div>
            <label htmlFor="ci-date" className={labelClass}>
              Date
            </label>
            <input
              id="ci-date"
              type="date"
              value={draft.date}
              onChange={(e) => update({ date: e.target.value })}
              aria-invalid={invalid("occurredAt")}
              aria-describedby={describedBy("occurredAt")}
              className={`${inputClass} mt-1`}
            />
            <FieldError id="ci-occurredAt-error" errors={errors.occurredAt} />
          </div>
          <div>
            <label htmlFor="ci-channel" className={labelClass}>
              Channel
            </label>
            <select
              id="ci-channel"
              value={draft.channel}
              onChange={(e) => update({ channel: e.target.value as CheckInDraft["channel"] })}
              aria-invalid={invalid("channel")}
              aria-describedby={describedBy("channel")}
              className={`${inputClass} mt-1`}
            >
              {CHECK_IN_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_NAME[c]}
                </option>
              ))}
            </select>
            <FieldError id="ci-channel-error" errors={errors.channel} />
          </div>
          <div>
            <label htmlFor="ci-reason" className={labelClass}>
              Mainly about <span className="font-normal text-slate-500">(optional)</span>
            </label>
            <select
              id="ci-reason"
              value={draft.sentimentReason}
              onChange={(e) => update({ sentimentReason: e.target.value })}
              aria-invalid={invalid("sentimentReason")}
              aria-describedby={describedBy("sentimentReason")}
              className={`${inputClass} mt-1`}
            >
              <option value="">None</option>
              {SENTIMENT_REASONS.map((r) => (
                <option key={r} value={r}>
                  {REASON_NAME[r]}
                </option>
              ))}
            </select>
            <FieldError id="ci-sentimentReason-error" errors={errors.sentimentReason} />
          </div>
        </div>

        <fieldset aria-describedby={describedBy("attendeeIds")}>
          <legend className={labelClass}>Who attended</legend>
          {!account ? (
            <p className="mt-1 text-sm text-slate-500">Choose an account to see its client&apos;s contacts.</p>
          ) : account.contacts.length === 0 ? (
            <p className="mt-1 text-sm text-slate-500">{account.clientName} has no active contacts yet.</p>
          ) : (
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1.5">
              {account.contacts.map((contact) => (
                <label key={contact.id} className="inline-flex items-center gap-2 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    name="attendeeIds"
                    value={contact.id}
                    checked={draft.attendeeIds.includes(contact.id)}
                    aria-invalid={invalid("attendeeIds")}
                    onChange={(e) =>
                      update({
                        attendeeIds: e.target.checked
                          ? [...draft.attendeeIds, contact.id]
                          : draft.attendeeIds.filter((id) => id !== contact.id),
                      })
                    }
                    className="size-4 rounded border-slate-300 text-indigo-600 focus-visible:outline-2 focus-visible:outline-indigo-600"
                  />
                  {contact.name}
                  {contact.title && <span className="text-slate-500">{contact.title}</span>}
                </label>
              ))}
            </div>
          )}
          <FieldError id="ci-attendeeIds-error" errors={errors.attendeeIds} />
        </fieldset>

        <div>
          <label htmlFor="ci-next-steps" className={labelClass}>
            Next steps <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <textarea
            id="ci-next-steps"
            rows={2}
            maxLength={CHECK_IN_LIMITS.nextStepsMax}
            value={draft.nextSteps}
            onChange={(e) => update({ nextSteps: e.target.value })}
            aria-invalid={invalid("nextSteps")}
            aria-describedby={describedBy("nextSteps")}
            className={`${inputClass} mt-1`}
          />
          <FieldError id="ci-nextSteps-error" errors={errors.nextSteps} />
        </div>

        <div>
          <label htmlFor="ci-next-due" className={labelClass}>
            Next check-in due
          </label>
          <input
            id="ci-next-due"
            type="date"
            value={draft.nextDue ?? defaultDue}
            onChange={(e) => update({ nextDue: e.target.value })}
            aria-invalid={invalid("nextDueAt")}
            aria-describedby={describedBy("nextDueAt", "ci-next-due-hint")}
            className={`${inputClass} mt-1 sm:max-w-xs`}
          />
          <p id="ci-next-due-hint" className="mt-1 text-xs text-slate-500">
            {account
              ? `Defaults to ${account.cadenceDays} days after the check-in, the cadence for ${account.tier.replace("TIER_", "Tier ")} clients.`
              : "Defaults to the cadence of the client's tier."}
            {draft.nextDue !== null && (
              <>
                {" "}
                <button
                  type="button"
                  className="font-medium text-indigo-700 underline underline-offset-2"
                  onClick={() => update({ nextDue: null })}
                >
                  Use the default
                </button>
              </>
            )}
          </p>
          <FieldError id="ci-nextDueAt-error" errors={errors.nextDueAt} />
        </div>

        <div className="flex flex-col-reverse gap-2 border-t border-slate-100 pt-4 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
            Cancel
          </Button>
          <Button type="submit" pending={pending}>
            {pending ? "Saving…" : "Save check-in"}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
