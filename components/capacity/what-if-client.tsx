"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass, labelClass, TextField } from "@/components/ui/field";
import { HeaderRow, numeric } from "@/components/ui/table";
import type { CapacityAnswer } from "@/lib/domain/portfolio/capacity";

type Question = { count: string; tier: string; complexity: string };
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
        <TextField
          name="count"
          label="Accounts"
          type="number"
          min={1}
          inputMode="numeric"
          idPrefix="what-if"
          value={draft.count}
          errors={failure?.fieldErrors?.count}
          onChange={(e) => setDraft({ ...draft, count: e.target.value })}
        />
        <label className={labelClass}>
          Tier
          <select
            className={`${inputClass} mt-1`}
            value={draft.tier}
            onChange={(e) => setDraft({ ...draft, tier: e.target.value })}
          >
            <option value="TIER_1">Tier 1</option>
            <option value="TIER_2">Tier 2</option>
            <option value="TIER_3">Tier 3</option>
          </select>
        </label>
        <label className={labelClass}>
          Complexity
          <select
            className={`${inputClass} mt-1`}
            value={draft.complexity}
            onChange={(e) => setDraft({ ...draft, complexity: e.target.value })}
          >
            <option value="LOW">Low (0.5)</option>
            <option value="STANDARD">Standard (1)</option>
            <option value="HIGH">High (1.5)</option>
          </select>
        </label>
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
