"use client";

import { EmptyState } from "@/components/ui/empty-state";
import { OpenFormButton } from "@/components/ui/inline-edit-form";
import type { OwnerOption } from "@/lib/domain/growth/queries";
import type { GrowthPlanView } from "@/lib/domain/growth/queries";
import { PlanCard } from "./plan-card-client";
import { PlanForm } from "./plan-form-client";

/** The account's growth plans for someone who may change them, with a form for a new plan (a quarter by default). */
export function GrowthPanel({
  slug,
  accountId,
  plans,
  currency,
  owners,
  defaultOwnerId,
  today,
  tierOne,
}: {
  slug: string;
  accountId: string;
  plans: GrowthPlanView[];
  currency: string;
  owners: OwnerOption[];
  defaultOwnerId: string;
  today: Date;
  tierOne: boolean;
}) {
  const hasActive = plans.some((p) => p.status === "ACTIVE");
  return (
    <div className="space-y-4" data-testid="growth-panel">
      {tierOne && !hasActive && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          A Tier 1 account needs an active growth plan: add one or set a draft to Active.
        </p>
      )}
      <OpenFormButton
        label="New growth plan"
        form={(close) => (
          <PlanForm slug={slug} accountId={accountId} currency={currency} today={today} onDone={close} />
        )}
      />
      {plans.length === 0 ? (
        <EmptyState>No growth plan yet.</EmptyState>
      ) : (
        plans.map((plan) => (
          <PlanCard
            key={plan.id}
            slug={slug}
            plan={plan}
            currency={currency}
            owners={owners}
            defaultOwnerId={defaultOwnerId}
            today={today}
          />
        ))
      )}
    </div>
  );
}
