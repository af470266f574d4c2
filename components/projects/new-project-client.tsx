"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ProjectManagerOption } from "@/lib/domain/projects/queries";
import { ProjectDetailsForm } from "./project-details-form-client";

/** "New project" on an account page (leaders): opens the details form; a created project opens on its own page. */
export function NewProject({
  slug,
  accountId,
  currency,
  managers,
}: {
  slug: string;
  accountId: string;
  currency: string;
  managers: ProjectManagerOption[];
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const formId = `new-project-${accountId}`;
  return (
    <div className="mb-4">
      <Button variant="secondary" aria-expanded={open} aria-controls={formId} onClick={() => setOpen(!open)}>
        {open ? "Cancel new project" : "New project"}
      </Button>
      {open && (
        <div id={formId} className="mt-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
          {managers.length === 0 ? (
            <p className="text-sm text-slate-700">
              Nobody holds the PM role yet: give a member the PM role on the Members page first.
            </p>
          ) : (
            <ProjectDetailsForm
              slug={slug}
              currency={currency}
              managers={managers}
              mode={{ kind: "create", accountId }}
              onCreated={(projectId) => router.push(`/${slug}/projects/${projectId}`)}
            />
          )}
        </div>
      )}
    </div>
  );
}
