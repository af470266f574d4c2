import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { VerifyEmailButton } from "@/components/auth/password-reset-client";

export const metadata: Metadata = { title: "Confirm your e-mail address", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

/** The link from the verification e-mail: a button confirms (a link scanner's GET changes nothing). */
export default async function VerifyEmailPage({ params }: Props) {
  const { token } = await params;
  return (
    <AuthShell title="Confirm your e-mail address" subtitle="One click and your address is confirmed.">
      <VerifyEmailButton token={token} />
    </AuthShell>
  );
}
