import { Badge } from "@/components/ui/badge";
import { HeaderRow } from "@/components/ui/table";
import { TableScroll } from "@/components/ui/empty-state";
import type { Readiness } from "@/lib/domain/people/readiness";

const STATE = {
  MET: { label: "Met", tone: "emerald" },
  NOT_MET: { label: "Not met", tone: "rose" },
  NOT_ASSESSED: { label: "Not assessed", tone: "slate" },
} as const;

/** "Ready for the next level": each expectation of the next rung, the manager's and the AM's scores, met or not. */
export function ReadinessView({ readiness }: { readiness: Readiness }) {
  return (
    <div className="space-y-3" data-testid="readiness">
      <p className="text-sm text-slate-800">
        {readiness.ready && <Badge tone="emerald">Ready</Badge>} {readiness.summary}
      </p>
      {readiness.checks.length > 0 && (
        <TableScroll label="Expectations of the next level">
          <table className="w-full text-sm">
            <caption className="sr-only">Expectations of {readiness.next?.name}</caption>
            <HeaderRow cells={["Competency", "Expected", "Manager", "Own view", "State"]} />
            <tbody className="divide-y divide-slate-100">
              {readiness.checks.map((c) => (
                <tr key={c.competency}>
                  <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                    {c.label}
                    {c.description && <span className="block text-xs font-normal text-slate-600">{c.description}</span>}
                  </th>
                  <td className="px-3 py-2">{c.expected}</td>
                  <td className="px-3 py-2">{c.managerScore ?? "—"}</td>
                  <td className="px-3 py-2">{c.selfScore ?? "—"}</td>
                  <td className="py-2 pl-3">
                    <Badge tone={STATE[c.state].tone}>{STATE[c.state].label}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
