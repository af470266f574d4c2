"use client";

import { useEffect, useImperativeHandle, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { logCheckIn } from "@/lib/actions/check-ins";
import type { CheckInAccountOption } from "@/lib/domain/check-ins/queries";
import { AccountCombobox, accountLabel } from "./account-combobox-client";
import { AttendeesField, NextFields, SentimentField, SummaryField, WhenAndHowFields } from "./check-in-fields-client";
import { draftToInput, emptyDraft, FIELD_ORDER, type CheckInDraft } from "./check-in-form-state";
import { addDaysIso, formatIsoDay } from "./labels";

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
  occurredAt: "ci-occurredAt",
  channel: "ci-channel",
  sentimentReason: "ci-sentimentReason",
  attendeeIds: "ci-attendees",
  nextSteps: "ci-nextSteps",
  nextDueAt: "ci-nextDueAt",
};

/** The field's control to focus: the chosen (else the first) sentiment radio, the first attendee, or the input. */
function focusField(root: HTMLFormElement | null, id: string) {
  const target =
    id === "ci-sentiment"
      ? (root?.querySelector<HTMLInputElement>('input[name="sentiment"]:checked') ??
        root?.querySelector<HTMLInputElement>('input[name="sentiment"]'))
      : id === "ci-attendees"
        ? root?.querySelector<HTMLInputElement>('input[name="attendeeIds"]')
        : root?.querySelector<HTMLElement>(`#${id}`);
  target?.focus();
}

/**
 * The check-in form in a modal <dialog>: the browser traps focus and closes it on Escape; we focus the first field to
 * fill on open and hand focus back to the opener on close. The draft survives a failed save and a closed dialog.
 * Ctrl/⌘+Enter saves from any field.
 */
export type CheckInDialogHandle = { open(accountId?: string): void };

export function CheckInDialog({ slug, accounts, handleRef, onSaved, onClosed }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const only = accounts.length === 1 ? accounts[0]!.id : "";
  const [draft, setDraft] = useState<CheckInDraft>(() => emptyDraft(only));
  const form = useActionForm();
  const { errors, pending } = form;
  const account = accounts.find((a) => a.id === draft.accountId) ?? null;
  const defaultDue = account && draft.date ? addDaysIso(draft.date, account.cadenceDays) : "";
  const update = (patch: Partial<CheckInDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const fields = { draft, update, errors };

  useImperativeHandle(handleRef, () => ({
    open(accountId?: string) {
      const dialog = dialogRef.current;
      if (!dialog) return;
      if (accountId) setDraft((d) => (d.accountId === accountId ? d : { ...d, accountId, attendeeIds: [] }));
      if (!dialog.open) dialog.showModal();
      // After React has rendered the pre-filled account: the first field still to fill gets focus.
      const chosen = accountId ?? (only || null);
      requestAnimationFrame(() => focusField(formRef.current, chosen ? "ci-sentiment" : "ci-account"));
    },
  }));

  // A refused save moves focus to the first field in error, in the order the fields appear.
  useEffect(() => {
    const first = FIELD_ORDER.find((f) => errors[f]);
    if (first) requestAnimationFrame(() => focusField(formRef.current, FIELD_FOCUS[first]));
  }, [errors]);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (pending) return;
    const label = account ? accountLabel(account) : "the account";
    form.submit(
      () => logCheckIn(slug, draftToInput(draft)),
      (data) => {
        setDraft(emptyDraft(only));
        dialogRef.current?.close();
        onSaved(`Check-in logged for ${label}. Next one due ${formatIsoDay(data.nextDueAt.slice(0, 10))}.`);
      },
    );
  }

  function onFormKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  }

  const close = () => dialogRef.current?.close();
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="ci-title"
      onClose={onClosed}
      className="m-auto max-h-[calc(100dvh-1rem)] w-[calc(100%-1rem)] max-w-xl overflow-y-auto rounded-xl bg-white p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <form ref={formRef} noValidate onSubmit={submit} onKeyDown={onFormKeyDown} className="space-y-4 p-4 sm:p-6">
        <DialogHeader onClose={close} />
        <FormMessage message={form.message} errors={errors} />
        <AccountCombobox
          id="ci-account"
          accounts={accounts}
          value={draft.accountId}
          errors={errors.accountId}
          onChange={(accountId) => update({ accountId, attendeeIds: [] })}
        />
        <SentimentField {...fields} />
        <SummaryField {...fields} />
        <WhenAndHowFields {...fields} />
        <AttendeesField {...fields} account={account} />
        <NextFields {...fields} account={account} defaultDue={defaultDue} />
        <div className="flex flex-col-reverse gap-2 border-t border-slate-100 pt-4 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={close}>
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

function DialogHeader({ onClose }: { onClose(): void }) {
  return (
    <div className="flex items-start justify-between gap-3">
      <div>
        <h2 id="ci-title" className="text-lg font-semibold text-slate-900">
          Log a check-in
        </h2>
        <p className="mt-0.5 text-xs text-slate-500">
          <kbd className="font-sans">Ctrl</kbd>/<kbd className="font-sans">⌘</kbd>+
          <kbd className="font-sans">Enter</kbd> saves · <kbd className="font-sans">Esc</kbd> closes, your draft is kept
        </p>
      </div>
      <Button variant="ghost" size="sm" className="-mt-1 -mr-2" onClick={onClose}>
        Close
      </Button>
    </div>
  );
}
