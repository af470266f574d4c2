"use client";

import Link from "next/link";
import { ActionForm, ActionFormOf } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestPasswordReset, resetPassword, verifyEmail } from "@/lib/actions/account-mail";
import { linkClass } from "./auth-shell";

export function ForgotPasswordForm() {
  return (
    <ActionForm<{ message: string }>
      idPrefix="forgot"
      label="Forgot password"
      submitLabel="Send the link"
      pendingLabel="Sending…"
      success={(data) => data.message}
      refresh={false}
      action={(values) => requestPasswordReset({ email: values.get("email") })}
    >
      {(field) => <TextField {...field("email")} label="E-mail" type="email" autoComplete="email" required />}
    </ActionForm>
  );
}

export function ResetPasswordForm({ token, minLength }: { token: string; minLength: number }) {
  const form = useActionForm<{ done: true }>({ success: "done", refresh: false });
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
    <ActionFormOf
      form={form}
      idPrefix="reset"
      label="Choose a new password"
      submitLabel="Set the new password"
      action={(values) => resetPassword({ token, ...values.pick("password", "confirm") })}
    >
      {(field) => (
        <>
          <TextField
            {...field("password")}
            label="New password"
            type="password"
            autoComplete="new-password"
            hint={`At least ${minLength} characters.`}
          />
          <TextField
            {...field("confirm")}
            label="The same password again"
            type="password"
            autoComplete="new-password"
          />
        </>
      )}
    </ActionFormOf>
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
