import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { AuthShell, linkClass } from "@/components/auth/auth-shell";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { PASSWORD_POLICY } from "@/lib/auth/credentials";
import { getSessionUser } from "@/lib/auth/session";
import { invitationProblem } from "@/lib/domain/members/onboarding";
import { AcceptInvitation, InvitationSignUpForm } from "./invite-client";

export const metadata: Metadata = { title: "Join an agency" };

type Props = { params: Promise<{ token: string }> };

/**
 * The single-use invitation link. The agency behind the token is only resolved when the invitation is accepted
 * (under that agency's row-level-security scope), so this page does not name it beforehand.
 */
export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const problem = await invitationProblem(token);
  if (problem) {
    return (
      <AuthShell title="This invitation link cannot be used" subtitle={problem}>
        <p className="text-sm text-slate-700">
          Invitation links are long, single-use and expire after a week: check that you copied the whole link, ask the
          person who invited you to send a new one, or{" "}
          <Link href="/sign-in" className={linkClass}>
            sign in
          </Link>{" "}
          if you already have an account.
        </p>
      </AuthShell>
    );
  }
  const user = await getSessionUser();
  const here = `/invite/${encodeURIComponent(token)}`;
  if (user) {
    return (
      <AuthShell
        title="You've been invited"
        subtitle={
          <>
            You are signed in as <strong className="font-medium text-slate-800">{user.email}</strong>. Accept to join
            the agency that invited you.
          </>
        }
        footer={
          <div className="flex flex-col items-center gap-2">
            <span>Invited under another email? Sign out, then open this link again.</span>
            <SignOutButton />
          </div>
        }
      >
        <AcceptInvitation token={token} />
      </AuthShell>
    );
  }
  return (
    <AuthShell
      title="You've been invited"
      subtitle="Create your account to join the agency. Use the email address the invitation was sent to."
      footer={
        <>
          Already have an account?{" "}
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className={linkClass}>
            Sign in to accept
          </Link>
        </>
      }
    >
      <InvitationSignUpForm token={token} passwordMinLength={PASSWORD_POLICY.minLength} />
    </AuthShell>
  );
}
