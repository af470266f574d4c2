import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form-client";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere-client";
import { PageHeader } from "@/components/layout/page-header";
import { SectionCards } from "@/components/ui/section-cards";
import { PASSWORD_POLICY } from "@/lib/auth/credentials";
import { requireMember } from "@/lib/auth/membership";

export const metadata: Metadata = { title: "Your account" };

type Props = { params: Promise<{ agency: string }> };

/** The signed-in person's own password and sessions (any member; the actions act on the caller only). */
export default async function AccountPage({ params }: Props) {
  const { agency: slug } = await params;
  const member = await requireMember(slug, "agency:read");
  return (
    <>
      <PageHeader title="Your account" description={`Signed in as ${member.user.email}.`} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <SectionCards
          sections={[
            {
              id: "password",
              title: "Change password",
              description: "Every session, on every device, ends when the password changes.",
              body: (
                <ChangePasswordForm
                  agencySlug={member.agencySlug}
                  email={member.user.email}
                  passwordMinLength={PASSWORD_POLICY.minLength}
                />
              ),
            },
            {
              id: "sessions",
              title: "Sessions",
              description: "Lost a device, or signed in on a shared computer? End every session, this one included.",
              body: <SignOutEverywhere agencySlug={member.agencySlug} />,
            },
          ]}
        />
      </div>
    </>
  );
}
