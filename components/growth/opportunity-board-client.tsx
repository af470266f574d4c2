"use client";

import { formatDate } from "@/components/drilldown/format";
import { formatMoney } from "@/components/portfolio/labels";
import { EditInPlace, OpenFormButton } from "@/components/ui/inline-edit-form";
import { moveOpportunity } from "@/lib/actions/growth";
import type { OpportunityView } from "@/lib/domain/growth/queries";
import { OPPORTUNITY_STAGES } from "@/lib/domain/growth/schemas";
import { STAGE_LABEL } from "./labels";
import { OpportunityForm } from "./opportunity-form-client";
import { StageMove } from "./stage-move-client";

/**
 * A plan's opportunities as a small board, one column per stage (stacked on phones). Moving a card is a select and a
 * button on the card, so it works with the keyboard and a screen reader; there is no drag-only path.
 */
export function OpportunityBoard({
  slug,
  planId,
  opportunities,
  currency,
}: {
  slug: string;
  planId: string;
  opportunities: OpportunityView[];
  currency: string;
}) {
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" data-testid="opportunity-board">
        {OPPORTUNITY_STAGES.map((stage) => {
          const list = opportunities.filter((o) => o.stage === stage);
          const total = list.reduce((sum, o) => sum + o.estimatedMonthlyValue, 0);
          const headingId = `board-${planId}-${stage}`;
          return (
            <section
              key={stage}
              aria-labelledby={headingId}
              className="min-w-0 rounded-lg bg-slate-50 p-2"
              data-testid={`stage-${stage}`}
            >
              <h5 id={headingId} className="px-1 text-xs font-semibold text-slate-700">
                {STAGE_LABEL[stage]} <span className="font-normal text-slate-500">· {list.length}</span>
              </h5>
              <p className="px-1 text-xs text-slate-500">{formatMoney(total, currency)} a month</p>
              {list.length === 0 ? (
                <p className="mt-2 px-1 text-xs text-slate-500">None</p>
              ) : (
                <ul className="mt-2 space-y-2">
                  {list.map((o) => (
                    <li key={o.id}>
                      <OpportunityCard slug={slug} opportunity={o} currency={currency} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <OpenFormButton
        label="Add opportunity"
        form={(close) => <OpportunityForm slug={slug} planId={planId} currency={currency} onDone={close} />}
      />
    </div>
  );
}

function OpportunityCard({
  slug,
  opportunity,
  currency,
}: {
  slug: string;
  opportunity: OpportunityView;
  currency: string;
}) {
  const edit = (close: () => void) => (
    <OpportunityForm slug={slug} opportunity={opportunity} currency={currency} onDone={close} />
  );
  return (
    <EditInPlace name={opportunity.serviceLine} form={edit}>
      {(editButton) => (
        <article
          className="rounded-md border border-slate-200 bg-white p-2 text-sm shadow-sm"
          data-testid="opportunity"
        >
          <h6 className="font-medium break-words text-slate-900">{opportunity.serviceLine}</h6>
          <p className="text-xs text-slate-600">
            <span className="font-mono tabular-nums">{formatMoney(opportunity.estimatedMonthlyValue, currency)}</span> a
            month · {opportunity.expectedClose ? `close ${formatDate(opportunity.expectedClose)}` : "no close date"}
          </p>
          {opportunity.produced.length > 0 && (
            <p className="mt-1 text-xs text-slate-700" data-testid="opportunity-produced">
              Produced{" "}
              {opportunity.produced
                .map(
                  (p) =>
                    `${p.change >= 0 ? "+" : "−"}${formatMoney(Math.abs(p.change), currency)} a month on ${p.changedOn}`,
                )
                .join(", ")}{" "}
              (
              <a href="#value-history" className="text-indigo-700 underline underline-offset-2">
                value history
              </a>
              )
            </p>
          )}
          <StageMove
            id={opportunity.id}
            name={opportunity.serviceLine}
            stage={opportunity.stage}
            move={(stage) => moveOpportunity(slug, { opportunityId: opportunity.id, stage })}
          >
            {editButton}
          </StageMove>
        </article>
      )}
    </EditInPlace>
  );
}
