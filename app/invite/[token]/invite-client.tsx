"use client";

import type { FormEvent } from "react";
import { createThenSignIn } from "@/components/auth/credentials-sign-in";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { acceptInvitationAsMe, signUpFromInvitation } from "@/lib/actions/onboarding";

export function AcceptInvitation({ token }: { token: string }) {
  const { message, pending, submit } = useActionForm<{ slug: string }>({
    navigate: ({ slug }) => `/${slug}`,
    replace: true,
  });
  const accept = () => submit(() => acceptInvitationAsMe({ token }));

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
  const form = useActionForm<{ slug: string }>({ navigate: ({ slug }) => `/${slug}`, replace: true });
  const { errors, message, pending } = form;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    form.submit(() => createThenSignIn(input, () => signUpFromInvitation({ ...input, token }), "account"));
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
