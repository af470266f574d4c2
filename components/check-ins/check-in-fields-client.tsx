"use client";

import type { KeyboardEvent } from "react";
import { FieldError, labelClass, TextField } from "@/components/ui/field";
import { fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/textarea-field";
import type { CheckInAccountOption } from "@/lib/domain/check-ins/queries";
import { CHECK_IN_CHANNELS, CHECK_IN_LIMITS, SENTIMENT_REASONS } from "@/lib/domain/check-ins/schemas";
import type { CheckInDraft } from "./check-in-form-state";
import { CHANNEL_LABEL, REASON_LABEL, SENTIMENT_LABEL } from "./labels";

/**
 * The check-in form's fields, top to bottom: how the client felt, what was said, when and how, who attended, what
 * comes next. Controlled by the dialog's draft; errors are the server's, by field.
 */
export type FieldsProps = {
  draft: CheckInDraft;
  update(patch: Partial<CheckInDraft>): void;
  errors: Record<string, string[]>;
};

function aria(errors: Record<string, string[]>) {
  return {
    invalid: (field: string) => (errors[field]?.length ? true : undefined),
    describedBy: (field: string, hint?: string) =>
      [hint, errors[field]?.length ? `ci-${field}-error` : undefined].filter(Boolean).join(" ") || undefined,
  };
}

/** 1–5 as a row of radios; the keys 1–5 pick one from anywhere in the group. */
export function SentimentField({ draft, update, errors }: FieldsProps) {
  const { describedBy } = aria(errors);
  function onSentimentKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    const value = Number(event.key);
    if (Number.isInteger(value) && value >= 1 && value <= 5) {
      event.preventDefault();
      update({ sentiment: value });
      event.currentTarget.querySelector<HTMLInputElement>(`#ci-sentiment-${value}`)?.focus();
    }
  }
  return (
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
              <span className="text-[11px] leading-tight">{SENTIMENT_LABEL[value]}</span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id="ci-sentiment-error" errors={errors.sentiment} />
    </fieldset>
  );
}

export function SummaryField({ draft, update, errors }: FieldsProps) {
  return (
    <TextAreaField
      {...fieldsOf({ errors }, "ci")("summary")}
      label="Summary"
      rows={3}
      maxLength={CHECK_IN_LIMITS.summaryMax}
      value={draft.summary}
      onChange={(e) => update({ summary: e.target.value })}
      placeholder="What did you talk about?"
    />
  );
}

/** Date, channel and what it was mainly about, side by side on wider screens. */
export function WhenAndHowFields({ draft, update, errors }: FieldsProps) {
  const field = fieldsOf({ errors }, "ci");
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <TextField
        {...field("occurredAt")}
        label="Date"
        type="date"
        value={draft.date}
        onChange={(e) => update({ date: e.target.value })}
      />
      <SelectField
        {...field("channel")}
        label="Channel"
        value={draft.channel}
        onChange={(e) => update({ channel: e.target.value as CheckInDraft["channel"] })}
        options={CHECK_IN_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABEL[c] }))}
      />
      <SelectField
        {...field("sentimentReason")}
        label={<Optional>Mainly about</Optional>}
        value={draft.sentimentReason}
        onChange={(e) => update({ sentimentReason: e.target.value })}
        placeholder="None"
        options={SENTIMENT_REASONS.map((r) => ({ value: r, label: REASON_LABEL[r] }))}
      />
    </div>
  );
}

export function AttendeesField({
  draft,
  update,
  errors,
  account,
}: FieldsProps & { account: CheckInAccountOption | null }) {
  const { invalid, describedBy } = aria(errors);
  return (
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
  );
}

/** Next steps, and the next due date: the tier's cadence unless the member picks another day. */
export function NextFields({
  draft,
  update,
  errors,
  account,
  defaultDue,
}: FieldsProps & { account: CheckInAccountOption | null; defaultDue: string }) {
  const field = fieldsOf({ errors }, "ci");
  const cadence = account
    ? `Defaults to ${account.cadenceDays} days after the check-in, the cadence for ${account.tier.replace("TIER_", "Tier ")} clients.`
    : "Defaults to the cadence of the client's tier.";
  return (
    <>
      <TextAreaField
        {...field("nextSteps")}
        label={<Optional>Next steps</Optional>}
        rows={2}
        maxLength={CHECK_IN_LIMITS.nextStepsMax}
        value={draft.nextSteps}
        onChange={(e) => update({ nextSteps: e.target.value })}
      />
      <TextField
        {...field("nextDueAt")}
        label="Next check-in due"
        type="date"
        className="sm:max-w-xs"
        value={draft.nextDue ?? defaultDue}
        onChange={(e) => update({ nextDue: e.target.value })}
        hint={
          <>
            {cadence}
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
          </>
        }
      />
    </>
  );
}

/** A label with "(optional)" after it, in the lighter weight. */
function Optional({ children }: { children: string }) {
  return (
    <>
      {children} <span className="font-normal text-slate-500">(optional)</span>
    </>
  );
}
