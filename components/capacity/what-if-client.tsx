"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { boundFieldsOf } from "@/components/ui/use-bound-values";
import { HeaderRow, numeric } from "@/components/ui/table";
import type { CapacityAnswer } from "@/lib/domain/portfolio/capacity";

type Question = { count: string; tier: string; complexity: string };
const TIERS = [
  { value: "TIER_1", label: "Tier 1" },
  { value: "TIER_2", label: "Tier 2" },
  { value: "TIER_3", label: "Tier 3" },
];
const COMPLEXITIES = [
  { value: "LOW", label: "Low (0.5)" },
  { value: "STANDARD", label: "Standard (1)" },
  { value: "HIGH", label: "High (1.5)" },
];
type Failure = { message: string; fieldErrors?: Record<string, string[]> };

async function ask(slug: string, q: Question): Promise<CapacityAnswer> {
  const response = await fetch(`/api/agencies/${slug}/capacity?${new URLSearchParams(q)}`);
  const body = (await response.json()) as CapacityAnswer | Failure;
  if (!response.ok) throw Object.assign(new Error((body as Failure).message), { details: body as Failure });
  return body as CapacityAnswer;
}

/** "What if we win N accounts of tier T?" — answered from the team's current weighted loads. */
export function WhatIfClient({ slug }: { slug: string }) {
  const [draft, setDraft] = useState<Question>({ count: "3", tier: "TIER_2", complexity: "STANDARD" });
  const [asked, setAsked] = useState<Question | null>(null);
  const query = useQuery({
    queryKey: ["what-if", slug, asked],
    queryFn: () => ask(slug, asked!),
    enabled: asked !== null,
    retry: false,
  });
  const failure = (query.error as (Error & { details?: Failure }) | null)?.details;
  const field = fieldsOf({ errors: failure?.fieldErrors ?? {} }, "what-if");
  const bound = boundFieldsOf(field, draft, (patch) => setDraft({ ...draft, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setAsked({ ...draft });
  }

  return (
    <Card
      id="what-if"
      title="What if we win more accounts?"
      description="Can the current team absorb them within the guideline, or how many account managers would we need to hire?"
    >
      <form onSubmit={submit} className="mt-4 grid gap-3 sm:grid-cols-[8rem_1fr_1fr_auto] sm:items-end">
        <TextField {...bound("count")} label="Accounts" type="number" min={1} inputMode="numeric" />
        <SelectField {...bound("tier")} label="Tier" options={TIERS} />
        <SelectField {...bound("complexity")} label="Complexity" options={COMPLEXITIES} />
        <Button type="submit" pending={query.isFetching}>
          Ask
        </Button>
      </form>
      <div aria-live="polite" className="mt-4 text-sm">
        {query.isFetching && <p className="text-slate-500">Working it out…</p>}
        {failure && !failure.fieldErrors && <p className="text-rose-700">{failure.message}</p>}
        {query.data && !query.isFetching && <WhatIfAnswer answer={query.data} />}
      </div>
    </Card>
  );
}

function WhatIfAnswer({ answer }: { answer: CapacityAnswer }) {
  return (
    <div data-testid="what-if-answer">
      <p className={`font-medium ${answer.fits ? "text-emerald-800" : "text-amber-800"}`}>{answer.answer}</p>
      {answer.placements.length > 0 && (
        <table className="mt-3 w-full max-w-lg text-left text-sm">
          <caption className="sr-only">Where the new accounts would go</caption>
          <HeaderRow look="compact" cells={["Account manager", numeric("New accounts"), numeric("Weighted load")]} />
          <tbody>
            {answer.placements.map((p) => (
              <tr key={p.amId} className="border-t border-slate-100">
                <td className="py-1 pr-3">{p.amName}</td>
                <td className="px-3 py-1 text-right tabular-nums">{p.accounts}</td>
                <td className="py-1 pl-3 text-right tabular-nums">
                  {p.weightedLoadBefore} → {p.weightedLoadAfter}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
