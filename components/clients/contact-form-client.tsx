"use client";

import { FieldError, TextField } from "@/components/ui/field";
import { FormShell, fieldsOf, type FormValues } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import { createContact, editContact } from "@/lib/actions/contacts";
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
  const form = useActionForm();
  const idPrefix = contact ? `contact-${contact.id}` : "new-contact";
  const field = fieldsOf(form, idPrefix);
  /** A field with the contact's stored value (empty for a new contact). */
  const stored = (name: "name" | "title" | "email" | "phone") => ({
    ...field(name),
    defaultValue: contact?.[name] ?? "",
  });
  const { errors } = form;

  function save(input: FormValues) {
    const values = {
      name: input.get("name"),
      title: input.get("title"),
      email: input.get("email"),
      phone: input.get("phone"),
      isPrimary: input.get("isPrimary") === "on",
    };
    form.submit(
      () =>
        contact
          ? editContact(slug, { contactId: contact.id, ...values })
          : createContact(slug, { clientId, ...values }),
      () => {
        if (!contact) form.formRef.current?.reset();
        onDone?.();
      },
    );
  }

  return (
    <FormShell
      form={form}
      label={contact ? `Edit ${contact.name}` : "Add a contact"}
      onSubmit={save}
      submitLabel={contact ? "Save contact" : "Add contact"}
      onCancel={onDone}
      className="space-y-3"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField {...stored("name")} label="Name" maxLength={CONTACT_LIMITS.nameMax} required />
        <TextField {...stored("title")} label="Job title (optional)" maxLength={CONTACT_LIMITS.titleMax} />
        <TextField {...stored("email")} label="Email (optional)" type="email" maxLength={CONTACT_LIMITS.emailMax} />
        <TextField {...stored("phone")} label="Phone (optional)" type="tel" maxLength={CONTACT_LIMITS.phoneMax} />
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
    </FormShell>
  );
}
