"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError, TextField } from "@/components/ui/field";
import { createContact, editContact } from "@/lib/actions/contacts";
import type { FieldErrors } from "@/lib/actions/result";
import type { ClientContact } from "@/lib/domain/contacts/queries";
import { CONTACT_LIMITS } from "@/lib/domain/contacts/schemas";

/** Add a contact to a client, or edit one; the server validates email and phone and keeps one primary per client. */
export function ContactForm({
  slug,
  clientId,
  contact,
  onDone,
}: {
  slug: string;
  clientId: string;
  contact?: ClientContact;
  onDone?: () => void;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const idPrefix = contact ? `contact-${contact.id}` : "new-contact";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const values = {
      name: String(form.get("name") ?? ""),
      title: String(form.get("title") ?? ""),
      email: String(form.get("email") ?? ""),
      phone: String(form.get("phone") ?? ""),
      isPrimary: form.get("isPrimary") === "on",
    };
    startTransition(async () => {
      const result = contact
        ? await editContact(slug, { contactId: contact.id, ...values })
        : await createContact(slug, { clientId, ...values });
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.message);
        return;
      }
      setErrors({});
      setMessage(null);
      if (!contact) formElement.reset();
      router.refresh();
      onDone?.();
    });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-3"
      aria-label={contact ? `Edit ${contact.name}` : "Add a contact"}
    >
      {message && <Alert>{message}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          idPrefix={idPrefix}
          name="name"
          label="Name"
          defaultValue={contact?.name}
          maxLength={CONTACT_LIMITS.nameMax}
          required
          errors={errors.name}
        />
        <TextField
          idPrefix={idPrefix}
          name="title"
          label="Job title (optional)"
          defaultValue={contact?.title ?? ""}
          maxLength={CONTACT_LIMITS.titleMax}
          errors={errors.title}
        />
        <TextField
          idPrefix={idPrefix}
          name="email"
          label="Email (optional)"
          type="email"
          autoComplete="off"
          defaultValue={contact?.email ?? ""}
          maxLength={CONTACT_LIMITS.emailMax}
          errors={errors.email}
        />
        <TextField
          idPrefix={idPrefix}
          name="phone"
          label="Phone (optional)"
          type="tel"
          autoComplete="off"
          defaultValue={contact?.phone ?? ""}
          maxLength={CONTACT_LIMITS.phoneMax}
          errors={errors.phone}
        />
      </div>
      <div>
        <label className="inline-flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            name="isPrimary"
            defaultChecked={contact?.isPrimary ?? false}
            className="size-4 rounded border-slate-300 text-indigo-600"
            aria-invalid={errors.isPrimary ? true : undefined}
            aria-describedby={errors.isPrimary ? `${idPrefix}-isPrimary-error` : undefined}
          />
          Primary contact (replaces the current primary)
        </label>
        <FieldError id={`${idPrefix}-isPrimary-error`} errors={errors.isPrimary} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : contact ? "Save contact" : "Add contact"}
        </Button>
        {onDone && (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
