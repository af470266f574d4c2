"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { dismissFirstRunGuide } from "@/lib/actions/settings";

/** Hides the first-run guide for the agency (the page refreshes without it). */
export function DismissGuideButton({ slug, version }: { slug: string; version: number }) {
  const router = useRouter();
  const { pending, message, errors, submit } = useActionForm();
  function dismiss() {
    submit(async () => {
      const result = await dismissFirstRunGuide(slug, { expectedVersion: version });
      // Someone saved settings meanwhile: fetch the new version so the next click works.
      if (!result.ok && result.code === "conflict") router.refresh();
      return result;
    });
  }
  return (
    <div>
      <Button variant="ghost" pending={pending} onClick={dismiss}>
        Hide this guide
      </Button>
      <FormMessage message={message} errors={errors} />
    </div>
  );
}
