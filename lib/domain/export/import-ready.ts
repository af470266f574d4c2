import { IMPORT_FIELDS } from "@/lib/domain/import/columns";
import { isoDay } from "./csv";
import { accountsSource } from "./sources";
import { tableSource } from "./list-source";
import type { ExportSource } from "./stream";

/**
 * The archive's import-ready file (import/accounts.csv): the CSV import's own columns (lib/domain/import/columns.ts),
 * so importing it into another agency whose AMs have the same e-mails recreates the clients, accounts and contacts.
 * One line per account (as the accounts export writes it), then one per active contact, then one per client that has
 * neither — each part keyset-paged on its own table. Archived clients and accounts are left out, as on the pages.
 */
const NO_ACCOUNT = ["", "", "", "", "", "", "", ""] as const;
const NO_CONTACT = ["", "", "", ""] as const;
const clientSelect = { name: true, tier: true, status: true, industry: true, clientSince: true } as const;
type ClientCells = { name: string; tier: string; status: string; industry: string | null; clientSince: Date | null };
const clientCells = (c: ClientCells) => [c.name, c.tier, c.status, c.industry, isoDay(c.clientSince)];

function accountLines(agencyId: string): ExportSource {
  const accounts = accountsSource(agencyId, {});
  return {
    header: IMPORT_FIELDS,
    read: async (tx, cursor, take) =>
      (await accounts.read(tx, cursor, take)).map((r) => ({ id: r.id, cells: [...r.cells, ...NO_CONTACT] })),
  };
}

function contactLines(agencyId: string): ExportSource {
  return tableSource(
    agencyId,
    IMPORT_FIELDS,
    (tx, batch) =>
      tx.contact.findMany({
        ...batch({ active: true, client: { archivedAt: null } }),
        select: { id: true, name: true, email: true, title: true, phone: true, client: { select: clientSelect } },
      }),
    (c) => [...clientCells(c.client), ...NO_ACCOUNT, c.name, c.email, c.title, c.phone],
  );
}

function bareClientLines(agencyId: string): ExportSource {
  return tableSource(
    agencyId,
    IMPORT_FIELDS,
    (tx, batch) =>
      tx.client.findMany({
        ...batch({
          archivedAt: null,
          accounts: { none: { agencyId, archivedAt: null } },
          contacts: { none: { agencyId, active: true } },
        }),
        select: { id: true, ...clientSelect },
      }),
    (c) => [...clientCells(c), ...NO_ACCOUNT, ...NO_CONTACT],
  );
}

export const importReadySources = (agencyId: string): ExportSource[] => [
  accountLines(agencyId),
  contactLines(agencyId),
  bareClientLines(agencyId),
];
