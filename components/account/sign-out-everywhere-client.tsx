"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signOutEverywhere } from "@/lib/actions/sessions";

/** Ends every session of the signed-in person (lib/actions/sessions.ts), then this browser's too. */
export function SignOutEverywhere({ agencySlug }: { agencySlug: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    setPending(true);
    setError(null);
    const result = await signOutEverywhere(agencySlug, { scope: "everywhere" });
    if (!result.ok) {
      setPending(false);
      setError(result.message);
      return;
    }
    await signOut({ callbackUrl: "/sign-in" });
  }

  return (
    <div className="space-y-3">
      {error && <Alert>{error}</Alert>}
      <Button variant="secondary" pending={pending} onClick={onClick}>
        Sign out everywhere
      </Button>
    </div>
  );
}
