import { SCOPE_REQUEST_COLUMNS, VALUE_CHANGE_COLUMNS } from "@/lib/domain/commercial/queries";
import { isoDay, isoTime } from "./csv";
import type { ExportFilters } from "./filters";
import { setFilters, tableSource } from "./list-source";
import type { ExportSource } from "./stream";

/**
 * Exports of the commercial data (issue 16), keyset-paged by id like the other lists. The hours export writes the
 * timesheet import's headers, so exporting and importing it back changes nothing.
 */

export const HOURS_HEADER = ["date", "person", "client", "account", "project", "hours", "source"] as const;

export function hoursSource(agencyId: string, f: ExportFilters<"hours">): ExportSource {
  return tableSource(
    agencyId,
    HOURS_HEADER,
    (tx, batch) =>
      tx.timesheetEntry.findMany({
        ...batch({
          ...(f.accountId && { accountId: f.accountId }),
          ...((f.from || f.to) && {
            workDate: {
              ...(f.from && { gte: new Date(`${f.from}T00:00:00Z`) }),
              ...(f.to && { lte: new Date(`${f.to}T00:00:00Z`) }),
            },
          }),
        }),
        select: {
          id: true,
          workDate: true,
          person: true,
          project: true,
          hours: true,
          source: true,
          account: { select: { name: true, client: { select: { name: true } } } },
        },
      }),
    (r) => [
      isoDay(r.workDate),
      r.person,
      r.account.client.name,
      r.account.name,
      r.project,
      r.hours.toFixed(2),
      r.source,
    ],
  );
}

export function scopeRequestsSource(agencyId: string, f: ExportFilters<"scope-requests">): ExportSource {
  return tableSource(
    agencyId,
    ["asked_on", "client", "account", "asked_by", "summary", "estimate_hours", "decision", "logged_by"],
    (tx, batch) =>
      tx.scopeRequest.findMany({
        ...batch({ ...(f.accountId && { accountId: f.accountId }) }),
        select: {
          ...SCOPE_REQUEST_COLUMNS,
          loggedBy: { select: { user: { select: { name: true } } } },
          account: { select: { name: true, client: { select: { name: true } } } },
        },
      }),
    (r) => [
      isoDay(r.askedOn),
      r.account.client.name,
      r.account.name,
      r.contact?.name ?? null,
      r.summary,
      r.estimateHours.toFixed(2),
      r.decision,
      r.loggedBy.user.name,
    ],
  );
}

export function valueHistorySource(agencyId: string, f: ExportFilters<"value-history">): ExportSource {
  return tableSource(
    agencyId,
    ["changed_at", "client", "account", "kind", "from_value", "to_value", "am_id", "via_import", "opportunity"],
    (tx, batch) =>
      tx.accountValueChange.findMany({
        ...batch(setFilters({ accountId: f.accountId, amId: f.amId })),
        select: {
          ...VALUE_CHANGE_COLUMNS,
          opportunity: { select: { serviceLine: true } },
          account: { select: { name: true, client: { select: { name: true } } } },
        },
      }),
    (r) => [
      isoTime(r.changedAt),
      r.account.client.name,
      r.account.name,
      r.kind,
      r.fromValue.toFixed(2),
      r.toValue.toFixed(2),
      r.amId,
      r.viaImport ? "yes" : "no",
      r.opportunity?.serviceLine ?? null,
    ],
  );
}
