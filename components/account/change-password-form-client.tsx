"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signInWithCredentials } from "@/components/auth/credentials-sign-in";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { changePassword } from "@/lib/actions/sessions";
import type { FieldErrors } from "@/lib/actions/result";

type Props = { agencySlug: string; email: string; passwordMinLength: number };

/** Current and new password; on success every session ends, and this browser signs in again with the new one. */
export function ChangePasswordForm({ agencySlug, email, passwordMinLength }: Props) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const input = Object.fromEntries(new FormData(form)) as { currentPassword: string; newPassword: string };
    setPending(true);
    setMessage(null);
    const result = await changePassword(agencySlug, input);
    if (!result.ok) {
      setPending(false);
      setErrors(result.fieldErrors ?? {});
      setMessage({ tone: "error", text: result.message });
      return;
    }
    setErrors({});
    form.reset();
    const signedIn = await signInWithCredentials(email, input.newPassword, `/${agencySlug}/account`);
    setPending(false);
    if (!signedIn.ok) {
      router.push("/sign-in");
      return;
    }
    setMessage({ tone: "success", text: "Password changed. Your other sessions have ended." });
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.currentPassword}
        idPrefix="account"
      />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={passwordMinLength}
        hint={`At least ${passwordMinLength} characters.`}
        errors={errors.newPassword}
        idPrefix="account"
      />
      <Button type="submit" pending={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
