import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ShellLink } from "@/app/(auth)/shell-link";
import { AuthShell } from "@/components/auth/auth-shell";
import { getSessionUser } from "@/lib/auth/session";
import { PASSWORD_POLICY } from "@/lib/auth/credentials";
import { SignUpForm } from "./sign-up-client";

export const metadata: Metadata = { title: "Create your agency" };

export default async function SignUpPage() {
  if (await getSessionUser()) redirect("/sign-in"); // signed in already: the sign-in page sends them home
  return (
    <AuthShell
      title="Create your agency"
      subtitle="Set up Accountable for your agency. You will be its owner and first leader."
      footer={
        <ShellLink href="/sign-in" ask="Already have an account?">
          Sign in
        </ShellLink>
      }
    >
      <SignUpForm passwordMinLength={PASSWORD_POLICY.minLength} />
    </AuthShell>
  );
}
