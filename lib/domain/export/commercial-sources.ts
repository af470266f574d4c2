import { isoDay, isoTime } from "./csv";
import type { ExportFilters } from "./filters";
import type { ExportSource } from "./stream";

/**
 * Exports of the commercial data (issue 16), keyset-paged by id like the other lists. The hours export writes the
 * timesheet import's headers, so exporting and importing it back changes nothing.
 */
const after = (id: string | null) => (id ? { id: { gt: id } } : {});

export const HOURS_HEADER = ["date", "person", "client", "account", "project", "hours", "source"] as const;

export function hoursSource(agencyId: string, f: ExportFilters<"hours">): ExportSource {
  return {
    header: HOURS_HEADER,
    read: async (tx, cursor, take) => {
      const rows = await tx.timesheetEntry.findMany({
        where: {
          agencyId,
          ...after(cursor),
          ...(f.accountId && { accountId: f.accountId }),
          ...((f.from || f.to) && {
            workDate: {
              ...(f.from && { gte: new Date(`${f.from}T00:00:00Z`) }),
              ...(f.to && { lte: new Date(`${f.to}T00:00:00Z`) }),
            },
          }),
        },
        orderBy: { id: "asc" },
        take,
        select: {
          id: true,
          workDate: true,
          person: true,
          project: true,
          hours: true,
          source: true,
          account: { select: { name: true, client: { select: { name: true } } } },
        },
      });
      return rows.map((r) => ({
        id: r.id,
        cells: [
          isoDay(r.workDate),
          r.person,
          r.account.client.name,
          r.account.name,
          r.project,
          r.hours.toFixed(2),
          r.source,
        ],
      }));
    },
  };
}

export function scopeRequestsSource(agencyId: string, f: ExportFilters<"scope-requests">): ExportSource {
  return {
    header: ["asked_on", "client", "account", "asked_by", "summary", "estimate_hours", "decision", "logged_by"],
    read: async (tx, cursor, take) => {
      const rows = await tx.scopeRequest.findMany({
        where: { agencyId, ...after(cursor), ...(f.accountId && { accountId: f.accountId }) },
        orderBy: { id: "asc" },
        take,
        select: {
          id: true,
          askedOn: true,
          summary: true,
          estimateHours: true,
          decision: true,
          contact: { select: { name: true } },
          loggedBy: { select: { user: { select: { name: true } } } },
          account: { select: { name: true, client: { select: { name: true } } } },
        },
      });
      return rows.map((r) => ({
        id: r.id,
        cells: [
          isoDay(r.askedOn),
          r.account.client.name,
          r.account.name,
          r.contact?.name ?? null,
          r.summary,
          r.estimateHours.toFixed(2),
          r.decision,
          r.loggedBy.user.name,
        ],
      }));
    },
  };
}

export function valueHistorySource(agencyId: string, f: ExportFilters<"value-history">): ExportSource {
  return {
    header: ["changed_at", "client", "account", "kind", "from_value", "to_value", "am_id", "via_import", "opportunity"],
    read: async (tx, cursor, take) => {
      const rows = await tx.accountValueChange.findMany({
        where: {
          agencyId,
          ...after(cursor),
          ...(f.accountId && { accountId: f.accountId }),
          ...(f.amId && { amId: f.amId }),
        },
        orderBy: { id: "asc" },
        take,
        select: {
          id: true,
          changedAt: true,
          kind: true,
          fromValue: true,
          toValue: true,
          amId: true,
          viaImport: true,
          opportunity: { select: { serviceLine: true } },
          account: { select: { name: true, client: { select: { name: true } } } },
        },
      });
      return rows.map((r) => ({
        id: r.id,
        cells: [
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
      }));
    },
  };
}
