"use client";

import { useState } from "react";
import { TextField } from "@/components/ui/field";
import { FormShell, fieldsOf, type FormValues } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import { invite } from "@/lib/actions/members";
import type { Role } from "@/lib/auth/permissions";
import { InvitationLink } from "./invitation-link-client";
import { RoleCheckboxes } from "./role-checkboxes";

type Created = { email: string; url: string; expiresAt: string };

export function InviteForm({ agencySlug }: { agencySlug: string }) {
  const form = useActionForm();
  const [roles, setRoles] = useState<Role[]>(["AM"]);
  const [created, setCreated] = useState<Created | null>(null);

  function save(values: FormValues) {
    const email = values.get("email");
    setCreated(null);
    form.submit(
      () => invite(agencySlug, { email, roles }),
      (data) => {
        setCreated({
          email: email.trim().toLowerCase(),
          url: `${window.location.origin}/invite/${data.token}`,
          expiresAt: new Date(data.expiresAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }),
        });
        form.formRef.current?.reset();
        setRoles(["AM"]);
      },
    );
  }

  return (
    <div className="space-y-4">
      <FormShell
        form={form}
        label="Invite a member"
        onSubmit={save}
        submitLabel="Create invitation link"
        pendingLabel="Creating link…"
      >
        <TextField
          {...fieldsOf(form, "invite-member")("email")}
          label="Email address"
          type="email"
          autoComplete="off"
          required
        />
        <RoleCheckboxes
          idPrefix="invite-member"
          legend="Roles"
          value={roles}
          onChange={setRoles}
          errors={form.errors.roles}
          showHints
        />
      </FormShell>
      {created && <InvitationLink {...created} />}
    </div>
  );
}
