"use client";

import { useActionFormFields } from "@/components/ui/use-action-form-fields";
import type { ActionResult } from "@/lib/actions/result";

/** What every plan item's form (a growth action, an opportunity) is given: new on `planId`, or an edit. */
export type PlanItemFormProps = { slug: string; planId?: string; onDone: () => void };

/**
 * A plan item's form state: new on the plan (`create`) or an edit of `item` (`edit`), sending the fields `names`.
 * The form's ids are `<kind>-<item id>` or `<kind>-new-<plan id>`, so two open forms never share one.
 */
export function usePlanItemForm<F extends string>(
  kind: string,
  { planId, onDone }: PlanItemFormProps,
  item: { id: string } | undefined,
  names: readonly F[],
  save: {
    create: (input: Record<F, string>) => Promise<ActionResult<unknown>>;
    edit: (id: string, input: Record<F, string>) => Promise<ActionResult<unknown>>;
  },
) {
  return useActionFormFields(`${kind}-${item?.id ?? `new-${planId}`}`, { onDone }, (values) => {
    const input = values.pick(...names);
    return item ? save.edit(item.id, input) : save.create(input);
  });
}
