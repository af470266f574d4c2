"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { invite } from "@/lib/actions/members";
import type { FieldErrors } from "@/lib/actions/result";
import type { Role } from "@/lib/auth/permissions";
import { InvitationLink } from "./invitation-link-client";
import { RoleCheckboxes } from "./role-checkboxes";

type Created = { email: string; url: string; expiresAt: string };

export function InviteForm({ agencySlug }: { agencySlug: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [roles, setRoles] = useState<Role[]>(["AM"]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setPending(true);
    setMessage(null);
    setCreated(null);
    const result = await invite(agencySlug, { email, roles });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      return;
    }
    setErrors({});
    setCreated({
      email: email.trim().toLowerCase(),
      url: `${window.location.origin}/invite/${result.data.token}`,
      expiresAt: new Date(result.data.expiresAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }),
    });
    formRef.current?.reset();
    setRoles(["AM"]);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <form ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Invite a member">
        {message && <Alert>{message}</Alert>}
        <TextField
          name="email"
          label="Email address"
          type="email"
          autoComplete="off"
          required
          errors={errors.email}
          idPrefix="invite-member"
        />
        <RoleCheckboxes
          idPrefix="invite-member"
          legend="Roles"
          value={roles}
          onChange={setRoles}
          errors={errors.roles}
          showHints
        />
        <Button type="submit" pending={pending}>
          {pending ? "Creating link…" : "Create invitation link"}
        </Button>
      </form>
      {created && <InvitationLink {...created} />}
    </div>
  );
}
