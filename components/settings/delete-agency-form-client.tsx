"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteAgency } from "@/lib/actions/agency-lifecycle";
import type { FormEvent, RefObject } from "react";

/**
 * Deleting the agency: the owner types its name. Afterwards the agency's pages no longer exist and members whose only
 * agency it was are signed out, so the browser leaves for the public home page (replacing the settings page in history).
 */
export function DeleteAgencyForm({ slug, name }: { slug: string; name: string }) {
  const { formRef, pending, message, errors, submit } = useActionForm({ navigate: () => "/", replace: true });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const confirmName = String(new FormData(event.currentTarget).get("confirmName") ?? "");
    submit(() => deleteAgency(slug, { confirmName }));
  }
  return (
    <form
      ref={formRef as RefObject<HTMLFormElement>}
      onSubmit={onSubmit}
      noValidate
      aria-label="Delete the agency"
      className="space-y-4"
    >
      <FormMessage message={message} errors={errors} />
      <p className="text-sm text-slate-700">
        Every client, account, check-in, project, KPI, growth plan, member and the audit log of{" "}
        <strong className="font-semibold">{name}</strong> are deleted at once and cannot be restored. Download the
        archive above first. A record that the agency was deleted, and by whom, is kept outside it.
      </p>
      <TextField
        idPrefix="delete"
        name="confirmName"
        label={`Type the agency's name, ${name}, to confirm`}
        autoComplete="off"
        errors={errors.confirmName}
      />
      <Button type="submit" variant="danger" pending={pending}>
        {pending ? "Deleting…" : "Delete this agency"}
      </Button>
    </form>
  );
}
