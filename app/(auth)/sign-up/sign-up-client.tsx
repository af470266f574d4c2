"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { createThenSignIn } from "@/components/auth/credentials-sign-in";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass, labelClass, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { signUp } from "@/lib/actions/onboarding";

const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD"] as const;

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

  const currencyError = errors.currency?.length ? "sign-up-currency-error" : undefined;
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage message={message} errors={errors} />
      <fieldset className="space-y-4">
        <legend className="text-xs font-semibold tracking-wide text-slate-500 uppercase">You</legend>
        <TextField name="name" label="Your name" autoComplete="name" required errors={errors.name} idPrefix="sign-up" />
        <TextField
          name="email"
          label="Work email"
          type="email"
          autoComplete="email"
          required
          errors={errors.email}
          idPrefix="sign-up"
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={passwordMinLength}
          hint={`At least ${passwordMinLength} characters.`}
          errors={errors.password}
          idPrefix="sign-up"
        />
      </fieldset>
      <fieldset className="space-y-4 pt-2">
        <legend className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Your agency</legend>
        <TextField
          name="agencyName"
          label="Agency name"
          autoComplete="organization"
          required
          errors={errors.agencyName}
          idPrefix="sign-up"
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="employeeCount"
            label="Employees"
            type="number"
            inputMode="numeric"
            min={1}
            required
            hint="Sets the accounts-per-AM guideline."
            errors={errors.employeeCount}
            idPrefix="sign-up"
          />
          <div>
            <label htmlFor="sign-up-currency" className={labelClass}>
              Currency
            </label>
            <select
              id="sign-up-currency"
              name="currency"
              defaultValue="USD"
              className={`${inputClass} mt-1`}
              aria-invalid={currencyError ? true : undefined}
              aria-describedby={currencyError}
            >
              {CURRENCIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
            <FieldError id="sign-up-currency-error" errors={errors.currency} />
          </div>
        </div>
      </fieldset>
      <Button type="submit" pending={pending} className="w-full">
        {pending ? "Creating your agency…" : "Create agency"}
      </Button>
    </form>
  );
}
