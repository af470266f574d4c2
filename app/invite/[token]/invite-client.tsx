"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signInWithCredentials } from "@/components/auth/credentials-sign-in";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { acceptInvitationAsMe, signUpFromInvitation } from "@/lib/actions/onboarding";
import type { FieldErrors } from "@/lib/actions/result";

export function AcceptInvitation({ token }: { token: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function accept() {
    setPending(true);
    setMessage(null);
    const result = await acceptInvitationAsMe({ token });
    if (!result.ok) {
      setPending(false);
      setMessage(result.message);
      return;
    }
    router.replace(`/${result.data.slug}`);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      {message && <Alert>{message}</Alert>}
      <Button onClick={accept} pending={pending} className="w-full">
        {pending ? "Joining…" : "Accept invitation"}
      </Button>
    </div>
  );
}

export function InvitationSignUpForm({ token, passwordMinLength }: { token: string; passwordMinLength: number }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setPending(true);
    setMessage(null);
    const result = await signUpFromInvitation({ ...input, token });
    if (!result.ok) {
      setPending(false);
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      return;
    }
    setErrors({});
    const signedIn = await signInWithCredentials(input.email ?? "", input.password ?? "", `/${result.data.slug}`);
    if (!signedIn.ok) {
      setPending(false);
      setMessage("Your account was created, but signing in failed. Please sign in.");
      return;
    }
    router.replace(`/${result.data.slug}`);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {message && <Alert>{message}</Alert>}
      <TextField name="name" label="Your name" autoComplete="name" required errors={errors.name} idPrefix="invite" />
      <TextField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        errors={errors.email}
        idPrefix="invite"
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${passwordMinLength} characters.`}
        errors={errors.password}
        idPrefix="invite"
      />
      <Button type="submit" pending={pending} className="w-full">
        {pending ? "Joining…" : "Create account and join"}
      </Button>
    </form>
  );
}
