import type { Metadata } from "next";
import { ShellLink } from "@/app/(auth)/shell-link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ForgotPasswordForm } from "@/components/auth/password-reset-client";

export const metadata: Metadata = { title: "Forgot password" };

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export default function ForgotPasswordPage() {
  return (
    <AuthShell
      title="Forgot your password?"
      subtitle="Enter the e-mail address you sign in with and we will send you a link to choose a new password."
      footer={<ShellLink href="/sign-in">Back to sign in</ShellLink>}
    >
      <ForgotPasswordForm />
    </AuthShell>
  );
}
