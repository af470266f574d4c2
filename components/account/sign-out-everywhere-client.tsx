"use client";

import { signOut } from "next-auth/react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { signOutEverywhere } from "@/lib/actions/sessions";

/** Ends every session of the signed-in person (lib/actions/sessions.ts), then this browser's too. */
export function SignOutEverywhere({ agencySlug }: { agencySlug: string }) {
  const { pending, message, submit } = useActionForm({ refresh: false });
  const endAll = () =>
    submit(
      () => signOutEverywhere(agencySlug, { scope: "everywhere" }),
      () => void signOut({ callbackUrl: "/sign-in" }),
    );

  return (
    <div className="space-y-3">
      {message && <Alert>{message}</Alert>}
      <Button variant="secondary" pending={pending} onClick={endAll}>
        Sign out everywhere
      </Button>
    </div>
  );
}
