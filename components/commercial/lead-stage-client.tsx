"use client";

import { StageMove } from "@/components/growth/stage-move-client";
import { moveLead } from "@/lib/actions/commercial";
import type { StageValue } from "@/lib/domain/growth/schemas";

type Props = { slug: string; lead: { id: string; companyName: string; stage: StageValue } };

/** A new-business lead moves through the pipeline's stages like an opportunity. */
export function LeadStage({ slug, lead }: Props) {
  return (
    <StageMove
      id={lead.id}
      name={lead.companyName}
      stage={lead.stage}
      move={(stage) => moveLead(slug, { leadId: lead.id, stage })}
    />
  );
}
