"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import { archiveProject } from "@/lib/actions/projects";

type Props = { slug: string; project: { id: string; name: string; version: number } };

/**
 * Archiving hides a project from lists and signals but keeps it and its history (nothing is deleted). Two steps, so a
 * stray click does nothing; the version guards against archiving a project someone just changed.
 */
export function ArchiveProjectButton({ slug, project }: Props) {
  return (
    <ConfirmButton
      label="Archive project"
      question={`Archive “${project.name}”? Its history is kept.`}
      action={() => archiveProject(slug, { projectId: project.id, expectedVersion: project.version })}
      navigate={`/${slug}/projects`}
      className="space-y-2"
    />
  );
}
