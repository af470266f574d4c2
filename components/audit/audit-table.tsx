import { summarizeChange } from "@/lib/domain/audit/summary";
import { formatAgencyTime, zoneLabel } from "@/lib/domain/agencies/agency-time";
import type { AuditEventRow } from "@/lib/domain/audit/queries";
import { HeaderRow } from "@/components/ui/table";

const td = "block px-0 py-0.5 md:table-cell md:px-3 md:py-2.5 md:align-top";

function shortId(id: string | null) {
  if (!id) return null;
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/** Audit events as a table on wide screens and stacked entries on phones; times in the agency's time zone. */
export function AuditTable({ events, timeZone = "UTC" }: { events: AuditEventRow[]; timeZone?: string }) {
  return (
    <table className="block w-full text-sm md:table">
      <caption className="sr-only">Audit events, newest first</caption>
      <HeaderRow
        look="caps"
        className="hidden md:table-header-group"
        cells={[`Time (${zoneLabel(timeZone)})`, "Actor", "Action", "Entity", "Change"]}
      />
      <tbody className="block md:table-row-group">
        {events.map((e) => {
          const lines = summarizeChange(e.before, e.after);
          return (
            <tr
              key={e.id}
              className="block border-t border-slate-100 py-3 first:border-t-0 md:table-row md:py-0 md:first:border-t"
            >
              <td className={`${td} whitespace-nowrap text-slate-600`}>
                <time dateTime={e.at.toISOString()}>{formatAgencyTime(e.at, timeZone)}</time>
              </td>
              <td className={`${td} font-medium text-slate-900`}>
                {e.actorName ?? <span className="text-slate-500">System</span>}
              </td>
              <td className={td}>
                <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">{e.action}</code>
              </td>
              <td className={`${td} text-slate-700`}>
                {e.entityType}
                {e.entityId && (
                  <span className="ml-1 font-mono text-xs text-slate-500" title={e.entityId}>
                    {shortId(e.entityId)}
                  </span>
                )}
              </td>
              <td className={`${td} text-slate-700`}>
                {lines.length === 0 ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  <ul className="space-y-0.5 text-xs break-words">
                    {lines.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
