"use client";

import Link from "@/components/ui/link";
import { useState } from "react";
import { ProjectStatusBadge } from "@/components/drilldown/badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { HydratedControl } from "@/components/ui/hydrated-control";
import type { RiskKind } from "@/lib/domain/projects/risk";
import type { ProjectStatusValue } from "@/lib/domain/projects/schemas";
import { BulkStatusBar } from "./bulk-status-client";
import { BurnVsProgress } from "./burn-bar";
import { StatusForm } from "./status-form-client";

export type ProjectRowView = {
  id: string;
  name: string;
  href: string;
  status: ProjectStatusValue;
  version: number;
  percentComplete: number;
  spent: string;
  budget: string;
  spentLabel: string;
  budgetLabel: string;
  clientName: string;
  accountName: string;
  accountHref: string;
  pmName: string;
  due: string;
  risk: { kind: RiskKind; reason: string | null };
  lastUpdate: { when: string; author: string; note: string | null } | null;
  canWrite: boolean;
};

const RISK_TONE = { off_track: "rose", at_risk: "amber", stale: "amber", due_soon: "indigo" } as const;

/** The risk-ordered project list with selection for bulk updates and an inline status form per project. */
export function ProjectList({ slug, currency, rows }: { slug: string; currency: string; rows: ProjectRowView[] }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<string | null>(null);
  const writable = rows.filter((r) => r.canWrite);
  const allSelected = writable.length > 0 && writable.every((r) => selected.has(r.id));

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="space-y-4">
      {writable.length > 0 && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label className="inline-flex items-center gap-2 text-slate-700">
            <HydratedControl
              as="input"
              type="checkbox"
              className="size-4 rounded border-slate-300 text-indigo-600"
              checked={allSelected}
              onChange={() => setSelected(allSelected ? new Set() : new Set(writable.map((r) => r.id)))}
            />
            Select all you can update ({writable.length})
          </label>
        </div>
      )}
      {selected.size > 0 && (
        <BulkStatusBar
          slug={slug}
          items={rows.filter((r) => selected.has(r.id)).map((r) => ({ id: r.id, name: r.name, version: r.version }))}
        />
      )}
      <ul className="space-y-3" aria-label="Projects, riskiest first">
        {rows.map((row) => (
          <ProjectItem
            key={row.id}
            slug={slug}
            currency={currency}
            row={row}
            selected={selected.has(row.id)}
            onToggle={() => toggle(row.id)}
            open={open === row.id}
            onOpen={() => setOpen(open === row.id ? null : row.id)}
          />
        ))}
      </ul>
    </div>
  );
}

type ItemProps = {
  slug: string;
  currency: string;
  row: ProjectRowView;
  selected: boolean;
  onToggle: () => void;
  open: boolean;
  onOpen: () => void;
};

/** One project: its selection box, name and status, burn against progress, last update and its status form. */
function ProjectItem({ slug, currency, row, selected, onToggle, open, onOpen }: ItemProps) {
  return (
    <li
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="project-row"
      data-project-id={row.id}
    >
      <div className="flex items-start gap-3">
        {row.canWrite && (
          <HydratedControl
            as="input"
            type="checkbox"
            className="mt-1 size-4 shrink-0 rounded border-slate-300 text-indigo-600"
            aria-label={`Select ${row.name}`}
            checked={selected}
            onChange={onToggle}
          />
        )}
        <div className="min-w-0 flex-1">
          <ProjectTitle row={row} />
          <p className="mt-1 text-sm text-slate-600">
            <Link href={row.accountHref} className="text-indigo-700 underline underline-offset-2">
              {row.clientName} · {row.accountName}
            </Link>{" "}
            · PM {row.pmName} · Due {row.due}
          </p>
          <div className="mt-3 grid gap-4 md:grid-cols-[minmax(0,18rem)_minmax(0,1fr)]">
            <BurnVsProgress
              percentComplete={row.percentComplete}
              spent={Number(row.spent)}
              budget={Number(row.budget)}
              spentLabel={row.spentLabel}
              budgetLabel={row.budgetLabel}
            />
            <LastUpdate update={row.lastUpdate} />
          </div>
          {row.canWrite && (
            <div className="mt-3">
              <Button variant="secondary" aria-expanded={open} aria-controls={`update-${row.id}`} onClick={onOpen}>
                {open ? "Close" : "Update status"}
                <span className="sr-only"> of {row.name}</span>
              </Button>
              {open && (
                <div id={`update-${row.id}`} className="mt-3 border-t border-slate-100 pt-3">
                  <StatusForm slug={slug} currency={currency} project={row} />
                </div>
              )}
            </div>
          )}
        </div>
      </div>
    </li>
  );
}

function ProjectTitle({ row }: { row: ProjectRowView }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="text-base font-semibold text-slate-900">
        <Link href={row.href} className="hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
          {row.name}
        </Link>
      </h2>
      <ProjectStatusBadge status={row.status} />
      {row.risk.reason && row.risk.kind !== "off_track" && row.risk.kind !== "at_risk" && (
        <Badge tone={RISK_TONE[row.risk.kind as keyof typeof RISK_TONE] ?? "slate"}>{row.risk.reason}</Badge>
      )}
    </div>
  );
}

function LastUpdate({ update }: { update: ProjectRowView["lastUpdate"] }) {
  return (
    <div className="text-sm text-slate-700">
      {update ? (
        <>
          <p className="text-xs text-slate-500">
            Last update {update.when} by {update.author}
          </p>
          <p className="mt-0.5 line-clamp-2">{update.note ?? "No note"}</p>
        </>
      ) : (
        <p className="text-xs text-slate-500">No status updates yet</p>
      )}
    </div>
  );
}
