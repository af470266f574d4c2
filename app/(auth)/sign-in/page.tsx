import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ShellLink } from "@/app/(auth)/shell-link";
import { AuthShell } from "@/components/auth/auth-shell";
import { safeCallbackUrl } from "@/components/auth/safe-callback";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { RATE_LIMITED_MESSAGE } from "@/lib/auth/options";
import { getSessionUser } from "@/lib/auth/session";
import { hasDemoAgencies } from "@/lib/domain/agencies/demo-directory";
import { DEMO_LOGINS } from "@/prisma/seed/demo-agencies";
import { firstAgencyPath } from "../home-path";
import { SignInForm } from "./sign-in-client";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  const user = await getSessionUser();
  if (user) {
    const home = callbackUrl ?? (await firstAgencyPath(user));
    if (home) redirect(home);
    return (
      <AuthShell title="No agency yet" subtitle={`You are signed in as ${user.email}.`}>
        <p className="text-sm text-slate-700">
          You are not an active member of any agency. Ask an agency leader for an invitation link, or sign out and
          create a new agency.
        </p>
        <div className="mt-6">
          <SignOutButton />
        </div>
      </AuthShell>
    );
  }
  // The well-known demo passwords are offered only on a database the demo seed made, never on a real one.
  const demoLogins = !(await hasDemoAgencies())
    ? []
    : DEMO_LOGINS.map(({ email, password, role, agencies }) => ({ email, password, role, agencies }));
  return (
    <AuthShell
      title="Sign in"
      subtitle="Welcome back. Sign in to your agency."
      footer={
        <>
          <ShellLink href="/sign-up" ask="New to Accountable?">
            Create an agency
          </ShellLink>
          <span className="mt-2 block">
            <ShellLink href="/forgot-password">Forgot your password?</ShellLink>
          </span>
        </>
      }
    >
      <SignInForm callbackUrl={callbackUrl} rateLimitedMessage={RATE_LIMITED_MESSAGE} demoLogins={demoLogins} />
    </AuthShell>
  );
}
