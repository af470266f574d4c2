"use client";

import Link from "@/components/ui/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormShell } from "@/components/ui/form-shell";
import { useActionForm } from "@/components/ui/use-action-form";
import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import { requestPasswordReset, resetPassword, verifyEmail } from "@/lib/actions/account-mail";
import { linkClass } from "./auth-shell";

export function ForgotPasswordForm() {
  const options = { success: (data: { message: string }) => data.message, refresh: false };
  const { field, shell } = useActionFormFields("forgot", options, (values) =>
    requestPasswordReset({ email: values.get("email") }),
  );
  return (
    <FormShell {...shell} label="Forgot password" submitLabel="Send the link" pendingLabel="Sending…">
      <TextField {...field("email")} label="E-mail" type="email" autoComplete="email" required />
    </FormShell>
  );
}

export function ResetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const { form, field, shell } = useActionFormFields("reset", { success: "done", refresh: false }, (values) =>
    resetPassword({ token, ...values.pick("password", "confirm") }),
  );
  if (form.success !== null) {
    return (
      <div className="space-y-4">
        <Alert tone="success">Your password is changed. Every session that was open has ended.</Alert>
        <Link href="/sign-in" className={linkClass}>
          Sign in with the new password
        </Link>
      </div>
    );
  }
  return (
    <FormShell {...shell} label="Choose a new password" submitLabel="Set the new password">
      <TextField
        {...field("password")}
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${minLength} characters.`}
      />
      <TextField {...field("confirm")} label="The same password again" type="password" autoComplete="new-password" />
    </FormShell>
  );
}

export function VerifyEmailButton({ token }: { token: string }) {
  const form = useActionForm<{ done: true }>({ success: "Thank you: your address is confirmed.", refresh: false });
  return (
    <div className="space-y-3">
      {form.message && <Alert>{form.message}</Alert>}
      {form.success ? (
        <Alert tone="success">{form.success}</Alert>
      ) : (
        <Button pending={form.pending} onClick={() => form.submit(() => verifyEmail({ token }))}>
          Confirm my address
        </Button>
      )}
    </div>
  );
}
