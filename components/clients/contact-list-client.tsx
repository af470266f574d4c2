"use client";

import { useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { setContactActive } from "@/lib/actions/contacts";
import type { ClientContact } from "@/lib/domain/contacts/queries";
import { DepartureNote } from "@/components/commercial/departure-note";
import { ContactLeftForm, ContactLeftOutcome } from "@/components/commercial/contact-left-form-client";
import type { ContactLeftResult } from "@/lib/domain/commercial/contact-left";
import { ContactForm } from "./contact-form-client";

/**
 * A client's contacts (active first, primary first) with, for those who may, inline edit, deactivate/reactivate and
 * an "Add contact" form. Contacts are never deleted: check-ins name them as attendees.
 */
export function ContactList({
  slug,
  clientId,
  contacts,
  canWrite,
  leadsHref = null,
}: {
  slug: string;
  clientId: string;
  contacts: ClientContact[];
  canWrite: boolean;
  /** Where the AM's new-business leads are listed (their AM page), for the "moved on" outcome. */
  leadsHref?: string | null;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [leaving, setLeaving] = useState<string | null>(null);
  const [left, setLeft] = useState<{ name: string; result: ContactLeftResult } | null>(null);
  const [adding, setAdding] = useState(false);
  const [toggled, setToggled] = useState<string | null>(null);
  const { pending, message, submit } = useActionForm();

  function toggleActive(contact: ClientContact) {
    setToggled(contact.id);
    submit(() => setContactActive(slug, { contactId: contact.id, active: !contact.active }));
  }

  return (
    <div className="space-y-4">
      {message && <Alert>{message}</Alert>}
      {left && <ContactLeftOutcome name={left.name} result={left.result} leadsHref={leadsHref} />}
      {contacts.length === 0 ? (
        <EmptyState>No contacts yet.{canWrite ? " Add the people you talk to at this client." : ""}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Contacts">
          {contacts.map((c) => (
            <li key={c.id} className="py-3" data-testid="contact-row">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
                    {c.name}
                    {c.isPrimary && <Badge tone="indigo">Primary</Badge>}
                    {!c.active && <Badge>{c.departure ? "Left" : "Inactive"}</Badge>}
                  </p>
                  <p className="mt-0.5 text-sm break-words text-slate-600">
                    {[c.title, c.email, c.phone].filter(Boolean).join(" · ") || "No details"}
                  </p>
                  {c.departure && <DepartureNote departure={c.departure} />}
                </div>
                {canWrite && (
                  <div className="flex gap-2">
                    <Button
                      variant="secondary"
                      aria-expanded={editing === c.id}
                      onClick={() => setEditing(editing === c.id ? null : c.id)}
                    >
                      {editing === c.id ? "Close" : "Edit"}
                      <span className="sr-only"> {c.name}</span>
                    </Button>
                    {c.active && (
                      <Button
                        variant="ghost"
                        aria-expanded={leaving === c.id}
                        onClick={() => setLeaving(leaving === c.id ? null : c.id)}
                      >
                        Moved on
                        <span className="sr-only"> {c.name}</span>
                      </Button>
                    )}
                    <Button variant="ghost" pending={pending && toggled === c.id} onClick={() => toggleActive(c)}>
                      {c.active ? "Deactivate" : "Reactivate"}
                      <span className="sr-only"> {c.name}</span>
                    </Button>
                  </div>
                )}
              </div>
              {leaving === c.id && (
                <div className="mt-3 border-t border-slate-100 pt-3">
                  <ContactLeftForm
                    slug={slug}
                    contact={c}
                    today={new Date().toISOString().slice(0, 10)}
                    onDone={(result) => {
                      setLeaving(null);
                      if (result) setLeft({ name: c.name, result });
                    }}
                  />
                </div>
              )}
              {editing === c.id && (
                <div className="mt-3 border-t border-slate-100 pt-3">
                  <ContactForm slug={slug} clientId={clientId} contact={c} onDone={() => setEditing(null)} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite &&
        (adding ? (
          <div className="rounded-lg border border-slate-200 p-4">
            <h3 className="mb-3 text-sm font-semibold text-slate-900">Add a contact</h3>
            <ContactForm slug={slug} clientId={clientId} onDone={() => setAdding(false)} />
          </div>
        ) : (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Add contact
          </Button>
        ))}
    </div>
  );
}
