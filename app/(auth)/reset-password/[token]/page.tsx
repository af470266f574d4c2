import type { Metadata } from "next";
import { ShellLink } from "@/app/(auth)/shell-link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ResetPasswordForm } from "@/components/auth/password-reset-client";
import { PASSWORD_POLICY } from "@/lib/auth/credentials";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

/** The link from the reset e-mail. The token is checked (and used up) only when the new password is submitted. */
export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  return (
    <AuthShell
      title="Choose a new password"
      subtitle="Every session of your account ends when the password changes."
      footer={<ShellLink href="/forgot-password">Ask for a new link</ShellLink>}
    >
      <ResetPasswordForm token={token} minLength={PASSWORD_POLICY.minLength} />
    </AuthShell>
  );
}
