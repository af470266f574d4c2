"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { archiveProject } from "@/lib/actions/projects";

/**
 * Archiving hides a project from lists and signals but keeps it and its history (nothing is deleted). Two steps, so a
 * stray click does nothing; the version guards against archiving a project someone just changed.
 */
export function ArchiveProjectButton({
  slug,
  project,
}: {
  slug: string;
  project: { id: string; name: string; version: number };
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function archive() {
    startTransition(async () => {
      const result = await archiveProject(slug, { projectId: project.id, expectedVersion: project.version });
      if (!result.ok) {
        setMessage(result.message);
        setConfirming(false);
        return;
      }
      router.push(`/${slug}/projects`);
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      {message && <Alert>{message}</Alert>}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm archiving">
          <p className="text-sm text-slate-700">Archive “{project.name}”? Its history is kept.</p>
          <Button variant="danger" pending={pending} onClick={archive}>
            {pending ? "Archiving…" : "Yes, archive"}
          </Button>
          <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)}>
          Archive project
        </Button>
      )}
    </div>
  );
}
