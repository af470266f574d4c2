"use client";

import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { compactInputClass } from "@/components/ui/field";
import { HydratedControl } from "@/components/ui/hydrated-control";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { OPPORTUNITY_STAGES, type StageValue } from "@/lib/domain/growth/schemas";
import { STAGE_LABEL } from "./labels";

/**
 * Moving a pipeline card (an opportunity or a new-business lead) to another stage: a select and a button, so it works
 * with the keyboard and a screen reader; there is no drag-only path. `children` sit beside the button.
 */
export function StageMove({
  id,
  name,
  stage: current,
  move,
  children,
}: {
  id: string;
  name: string;
  stage: StageValue;
  move(stage: StageValue): Promise<ActionResult<unknown>>;
  children?: ReactNode;
}) {
  const [stage, setStage] = useState<StageValue>(current);
  const { pending, message: error, submit } = useActionForm();
  const selectId = `stage-${id}`;
  return (
    <>
      {error && <Alert className="mt-2">{error}</Alert>}
      <label htmlFor={selectId} className="sr-only">
        Stage of {name}
      </label>
      <HydratedControl
        as="select"
        id={selectId}
        value={stage}
        onChange={(e) => setStage(e.target.value as StageValue)}
        className={`${compactInputClass} mt-2`}
      >
        {OPPORTUNITY_STAGES.map((s) => (
          <option key={s} value={s}>
            {STAGE_LABEL[s]}
          </option>
        ))}
      </HydratedControl>
      <div className="mt-1 flex flex-wrap items-center gap-1">
        <Button
          variant="secondary"
          size="xs"
          pending={pending}
          disabled={stage === current}
          onClick={() => submit(() => move(stage))}
          aria-label={`Move ${name} to ${STAGE_LABEL[stage]}`}
        >
          Move
        </Button>
        {children}
      </div>
    </>
  );
}
