"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { createThenSignIn } from "@/components/auth/credentials-sign-in";
import { Button } from "@/components/ui/button";
import { newPasswordProps, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { signUp } from "@/lib/actions/onboarding";

const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD"].map((c) => ({ value: c, label: c }));
/** A head count: a whole number, at least one. */
const HEADCOUNT = { type: "number", inputMode: "numeric", min: 1, required: true } as const;

export function SignUpForm({ passwordMinLength }: { passwordMinLength: number }) {
  const router = useRouter();
  const form = useActionForm<{ slug: string }>({ navigate: ({ slug }) => `/${slug}`, replace: true });
  const { errors, message, pending } = form;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    form.submit(() =>
      createThenSignIn(
        input,
        () => signUp(input),
        "agency",
        () => router.push("/sign-in"),
      ),
    );
  }

  const field = fieldsOf(form, "sign-up");
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage message={message} errors={errors} />
      <fieldset className="space-y-4">
        <legend className="text-xs font-semibold tracking-wide text-slate-500 uppercase">You</legend>
        <TextField {...field("name")} label="Your name" autoComplete="name" required />
        <TextField {...field("email")} label="Work email" type="email" autoComplete="email" required />
        <TextField {...field("password")} {...newPasswordProps(passwordMinLength)} label="Password" />
      </fieldset>
      <fieldset className="space-y-4 pt-2">
        <legend className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Your agency</legend>
        <TextField {...field("agencyName")} label="Agency name" autoComplete="organization" required />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            {...field("employeeCount")}
            {...HEADCOUNT}
            label="Employees"
            hint="Sets the accounts-per-AM guideline."
          />
          <SelectField {...field("currency")} label="Currency" defaultValue="USD" options={CURRENCIES} />
        </div>
      </fieldset>
      <Button type="submit" pending={pending} className="w-full">
        {pending ? "Creating your agency…" : "Create agency"}
      </Button>
    </form>
  );
}
