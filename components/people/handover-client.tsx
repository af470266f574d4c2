"use client";

import { useMemo } from "react";
import { formatDate } from "@/components/drilldown/format";
import { FormShell, fieldsOf } from "@/components/ui/form-shell";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useHydrated } from "@/components/ui/use-hydrated";
import { applyHandover } from "@/lib/actions/people";
import type { HandoverData } from "@/lib/domain/people/handover-page";
import { optionsInPlanOrder, type HandoverOption } from "@/lib/domain/people/handover-plan";
import { formatAmount } from "@/lib/domain/portfolio/text";

/**
 * The guided handover: a receiver per account (the suggestion preselected; options over the guideline say so), what
 * the receiver needs to know (contacts, open items), who takes the leaver's reports and open projects; one apply.
 * Each account's list of colleagues is built in the browser from the one receiver list (optionsInPlanOrder) and drawn
 * once hydrated: the server's HTML carries only the suggestion, since 300 colleagues listed for each of 26 accounts
 * made a large agency's page 1.7 MB. Applying needs JavaScript anyway.
 */
export function HandoverForm({ slug, data }: { slug: string; data: HandoverData }) {
  const form = useActionForm({ navigate: () => `/${slug}/people`, success: "Handover applied." });
  const field = fieldsOf(form, "handover");
  const max = data.guideline.max;
  const hydrated = useHydrated();
  const optionsOf = useMemo(() => {
    const suggestions = data.accounts.map((a) => ({ weight: a.weight, suggestedAmId: a.suggested?.amId ?? null }));
    const lists = optionsInPlanOrder(data.receivers, suggestions, max);
    return new Map(data.accounts.map((a, i) => [a.id, lists[i]!]));
  }, [data.accounts, data.receivers, max]);
  const label = (o: HandoverOption) =>
    `${o.name} (${formatAmount(o.weightedAfter)} of ${max}${o.fits ? "" : ", over"})`;
  return (
    <FormShell
      form={form}
      label={`Hand over ${data.leaver.name}'s work`}
      submitLabel="Apply handover and deactivate"
      pendingLabel="Applying…"
      onSubmit={(v) =>
        form.submit(() =>
          applyHandover(slug, {
            membershipId: data.leaver.id,
            moves: data.accounts.map((a) => ({
              accountId: a.id,
              expectedVersion: a.version,
              toAmId: v.get(`to-${a.id}`),
            })),
            reportsTo: v.get("reportsTo"),
            projectsTo: v.get("projectsTo"),
          }),
        )
      }
    >
      {form.errors.moves && <p className="text-sm text-rose-700">{form.errors.moves.join(" ")}</p>}
      <ol className="space-y-4" data-testid="handover-accounts">
        {data.accounts.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 p-3">
            <div className="grid gap-3 md:grid-cols-[1fr_18rem]">
              <div className="min-w-0 text-sm">
                <p className="font-semibold text-slate-900">
                  {a.clientName} · {a.name}
                </p>
                <p className="text-xs text-slate-600">Weight {formatAmount(a.weight)}</p>
                <h3 className="mt-2 text-xs font-medium text-slate-700">Contacts</h3>
                {a.contacts.length === 0 ? (
                  <p className="text-xs text-slate-600">No contacts recorded.</p>
                ) : (
                  <ul className="text-xs text-slate-800">
                    {a.contacts.map((c, i) => (
                      <li key={i}>
                        {c.name}
                        {c.isPrimary && " (primary)"}
                        {c.title && `, ${c.title}`}
                        {c.email && ` · ${c.email}`}
                        {c.phone && ` · ${c.phone}`}
                      </li>
                    ))}
                  </ul>
                )}
                <h3 className="mt-2 text-xs font-medium text-slate-700">Open items</h3>
                {a.openItems.length === 0 ? (
                  <p className="text-xs text-slate-600">Nothing open.</p>
                ) : (
                  <ul className="text-xs text-slate-800">
                    {a.openItems.map((item, i) => (
                      <li key={i}>
                        {item.kind}: {item.title}
                        {item.dueDate && ` (due ${formatDate(item.dueDate)})`}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <SelectField
                {...field(`to-${a.id}`)}
                label={`Receiver of ${a.name}`}
                defaultValue={a.suggested?.amId ?? ""}
                placeholder="Choose a receiver…"
                hint={a.suggested ? `Suggested: ${a.suggested.name}` : "Nobody has room within the guideline."}
                options={(hydrated ? optionsOf.get(a.id)! : a.suggested ? [a.suggested] : []).map((o) => ({
                  value: o.amId,
                  label: label(o),
                }))}
              />
            </div>
          </li>
        ))}
      </ol>
      <div className="grid gap-4 sm:grid-cols-2">
        {data.reports > 0 && (
          <SelectField
            {...field("reportsTo")}
            label={`New manager for ${data.reports} ${data.reports === 1 ? "person" : "people"} they manage`}
            placeholder="Nobody for now"
            options={data.managerOptions.map((m) => ({ value: m.id, label: m.name }))}
          />
        )}
        {data.projects > 0 && (
          <SelectField
            {...field("projectsTo")}
            label={`New PM for ${data.projects} open project${data.projects === 1 ? "" : "s"}`}
            placeholder="Choose…"
            options={data.projectOptions.map((m) => ({ value: m.id, label: m.name }))}
          />
        )}
      </div>
    </FormShell>
  );
}
