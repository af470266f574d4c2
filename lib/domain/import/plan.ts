import { CLEAR_MARKER, type ImportField } from "./columns";
import type { AccountValues, ClientValues, ContactValues, RowError, ValidRow } from "./validate";
import { nameKey } from "./values";

/** What the agency already holds, as far as matching and "did anything change" need it. Money and dates as strings. */
export type ExistingState = {
  clients: (Required<Omit<ClientValues, "industry" | "clientSince">> & {
    id: string;
    industry: string | null;
    clientSince: string | null;
    archived: boolean;
  })[];
  accounts: {
    id: string;
    clientId: string;
    name: string;
    amId: string;
    kind: NonNullable<AccountValues["kind"]>;
    monthlyValue: string;
    complexity: NonNullable<AccountValues["complexity"]>;
    status: NonNullable<AccountValues["status"]>;
    /** Null: the start is unknown. */
    startDate: string | null;
    renewalDate: string | null;
    archived: boolean;
  }[];
  contacts: {
    id: string;
    clientId: string;
    name: string;
    email: string | null;
    title: string | null;
    phone: string | null;
  }[];
  /** Active members holding the AM role, by lower-case email. */
  ams: { id: string; email: string }[];
};

export type ClientRow = {
  name: string;
  tier: string;
  status: string;
  industry: string | null;
  clientSince: string | null;
};
export type AccountRow = {
  name: string;
  amId: string;
  kind: string;
  monthlyValue: string;
  complexity: string;
  status: string;
  /** Null: the start is unknown. */
  startDate: string | null;
  renewalDate: string | null;
};
export type ContactRow = { name: string; email: string | null; title: string | null; phone: string | null };

/** Rows of new clients are referenced by key (their id does not exist yet); existing ones by id. */
export type ClientRef = { id: string } | { key: string };

export type ImportPlan = {
  clients: { create: (ClientRow & { key: string })[]; update: (ClientRow & { id: string })[]; unchanged: number };
  accounts: {
    create: (AccountRow & { client: ClientRef })[];
    update: (AccountRow & { id: string })[];
    unchanged: number;
  };
  contacts: {
    create: (ContactRow & { client: ClientRef })[];
    update: (ContactRow & { id: string })[];
    unchanged: number;
  };
};

export type PlanCounts = Record<keyof ImportPlan, { created: number; updated: number; unchanged: number }>;

export function countsOf(plan: ImportPlan): PlanCounts {
  const c = (p: { create: unknown[]; update: unknown[]; unchanged: number }) => ({
    created: p.create.length,
    updated: p.update.length,
    unchanged: p.unchanged,
  });
  return { clients: c(plan.clients), accounts: c(plan.accounts), contacts: c(plan.contacts) };
}

const merge = <T extends object>(current: T, given: Partial<T>): T => {
  const out = { ...current };
  for (const [k, v] of Object.entries(given)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
};
const differs = <T extends object>(a: T, b: T) =>
  Object.keys(a).some((k) => (a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]);

function pickAccountRow(a: ExistingState["accounts"][number]): AccountRow {
  const { name, amId, kind, monthlyValue, complexity, status, startDate, renewalDate } = a;
  return { name, amId, kind, monthlyValue, complexity, status, startDate, renewalDate };
}

/** The first row that named an entity, and what it said: a later row may repeat it but not contradict it. */
type Seen<T> = { row: number; values: T };

function contradiction<T extends object>(seen: Seen<T>, values: T): string | null {
  for (const [k, v] of Object.entries(values)) {
    const before = (seen.values as Record<string, unknown>)[k];
    if (v !== undefined && before !== undefined && before !== v) {
      const shown = (x: unknown) => (x === null ? CLEAR_MARKER : String(x));
      return `Says ${k} "${shown(v)}" but row ${seen.row} says "${shown(before)}" for the same item.`;
    }
  }
  return null;
}

/**
 * Matches validated rows against the agency: clients by name (case-insensitive, trimmed), accounts by client + name,
 * contacts by client + email (or by name when there is no email); the owning AM by email among active AMs.
 * Existing rows that the file would not change are counted as unchanged, so re-importing a file changes nothing.
 * A new account whose row has no start date takes `defaultStartDate`, the preview's choice; without one its start is
 * unknown (null). A blank start cell never touches a stored account's start.
 */
export function planImport(
  rows: readonly ValidRow[],
  existing: ExistingState,
  options: { defaultStartDate?: string | null } = {},
): { plan: ImportPlan; errors: RowError[]; undated: number } {
  const errors: RowError[] = [];
  let undated = 0; // rows of new accounts with no start date in the file (the preview offers "unknown" or a date)
  const clientsByKey = new Map(existing.clients.map((c) => [nameKey(c.name), c]));
  const accountsByKey = new Map(existing.accounts.map((a) => [`${a.clientId}\u0000${nameKey(a.name)}`, a]));
  const contactsByKey = new Map<string, ExistingState["contacts"][number]>();
  for (const c of existing.contacts) {
    contactsByKey.set(`${c.clientId}\u0000${c.email ? c.email.toLowerCase() : `name:${nameKey(c.name)}`}`, c);
  }
  const amByEmail = new Map(existing.ams.map((m) => [m.email.toLowerCase(), m.id]));

  const seenClients = new Map<string, Seen<ClientValues>>();
  const seenAccounts = new Map<string, number>();
  const seenContacts = new Map<string, Seen<ContactValues>>();
  const clientOut = new Map<string, { existing?: ExistingState["clients"][number]; values: ClientValues }>();
  const accountOut: { client: ClientRef; current?: ExistingState["accounts"][number]; next: AccountRow }[] = [];
  const contactOut: { client: ClientRef; current?: ExistingState["contacts"][number]; next: ContactRow }[] = [];

  for (const row of rows) {
    const fail = (column: string, message: string) => errors.push({ row: row.rowNumber, column, message });
    // A cell already reported as unreadable is not reported again as missing.
    const unreadable = (field: ImportField) => row.unreadable.includes(field);
    const clientKey = nameKey(row.client.name);
    const current = clientsByKey.get(clientKey);
    if (current?.archived) {
      fail("client_name", `The client "${current.name}" is archived; restore it before importing into it.`);
      continue;
    }
    const seen = seenClients.get(clientKey);
    if (seen) {
      const clash = contradiction(seen, row.client);
      if (clash) fail("client_name", clash);
      seen.values = merge(seen.values, row.client);
    } else {
      seenClients.set(clientKey, { row: row.rowNumber, values: { ...row.client } });
      if (!current && !row.client.tier && !unreadable("client_tier")) {
        fail("client_tier", `The new client "${row.client.name}" needs a tier.`);
      }
    }
    clientOut.set(clientKey, { existing: current, values: seenClients.get(clientKey)!.values });
    const clientRef: ClientRef = current ? { id: current.id } : { key: clientKey };
    const clientIdOrKey = current ? current.id : `new:${clientKey}`;

    if (row.account) {
      const a = row.account;
      const key = `${clientIdOrKey}\u0000${nameKey(a.name)}`;
      const firstRow = seenAccounts.get(key);
      const currentAccount = current ? accountsByKey.get(`${current.id}\u0000${nameKey(a.name)}`) : undefined;
      const amId = a.amEmail ? amByEmail.get(a.amEmail) : undefined;
      // The preview's start date fills in new accounts only (none chosen: unknown); a stored account keeps its own.
      const startDate = a.startDate ?? (currentAccount ? undefined : (options.defaultStartDate ?? null));
      if (!a.startDate && !currentAccount && !unreadable("start_date")) undated += 1;
      if (firstRow) {
        fail("account_name", `The account "${a.name}" of "${row.client.name}" is already on row ${firstRow}.`);
      } else if (currentAccount?.archived) {
        fail("account_name", `The account "${a.name}" is archived; restore it before importing into it.`);
      } else if (a.amEmail && !amId) {
        fail("am_email", `No active account manager with the email ${a.amEmail} in this agency.`);
      } else if (!currentAccount && !a.amEmail) {
        if (!unreadable("am_email")) fail("am_email", `The new account "${a.name}" needs its account manager's email.`);
      } else {
        const base: AccountRow = currentAccount
          ? pickAccountRow(currentAccount)
          : {
              name: a.name,
              amId: "",
              kind: "RETAINER",
              monthlyValue: "0.00",
              complexity: "STANDARD",
              status: "ACTIVE",
              startDate: null,
              renewalDate: null,
            };
        const next = merge(base, {
          kind: a.kind,
          monthlyValue: a.monthlyValue,
          complexity: a.complexity,
          status: a.status,
          startDate,
          renewalDate: a.renewalDate,
          amId,
        });
        // An unknown start has no renewal to precede.
        if (next.renewalDate && next.startDate && next.renewalDate < next.startDate) {
          fail("renewal_date", "The renewal date would be before the account's start date.");
        } else {
          accountOut.push({ client: clientRef, current: currentAccount, next });
        }
      }
      seenAccounts.set(key, firstRow ?? row.rowNumber);
    }

    if (row.contact) {
      const c = row.contact;
      const key = `${clientIdOrKey}\u0000${c.email ?? `name:${nameKey(c.name)}`}`;
      const seenContact = seenContacts.get(key);
      if (seenContact) {
        const clash = contradiction(seenContact, c);
        if (clash) fail("contact_name", clash);
        continue;
      }
      seenContacts.set(key, { row: row.rowNumber, values: c });
      const currentContact = current
        ? contactsByKey.get(`${current.id}\u0000${c.email ?? `name:${nameKey(c.name)}`}`)
        : undefined;
      const base: ContactRow = currentContact
        ? {
            name: currentContact.name,
            email: currentContact.email,
            title: currentContact.title,
            phone: currentContact.phone,
          }
        : { name: c.name, email: null, title: null, phone: null };
      contactOut.push({ client: clientRef, current: currentContact, next: merge(base, c) });
    }
  }

  const plan: ImportPlan = {
    clients: { create: [], update: [], unchanged: 0 },
    accounts: { create: [], update: [], unchanged: 0 },
    contacts: { create: [], update: [], unchanged: 0 },
  };
  for (const [key, { existing: current, values }] of clientOut) {
    if (!current) {
      plan.clients.create.push({
        key,
        name: values.name,
        tier: values.tier ?? "",
        status: values.status ?? "ACTIVE",
        industry: values.industry ?? null,
        clientSince: values.clientSince ?? null,
      });
      continue;
    }
    const before: ClientRow = {
      name: current.name,
      tier: current.tier,
      status: current.status,
      industry: current.industry,
      clientSince: current.clientSince,
    };
    // The name as stored is kept: matching ignores case, and renaming a client is not an import's job.
    const after = merge(before, {
      tier: values.tier,
      status: values.status,
      industry: values.industry,
      clientSince: values.clientSince,
    });
    if (differs(before, after)) plan.clients.update.push({ id: current.id, ...after });
    else plan.clients.unchanged += 1;
  }
  for (const { client, current, next } of accountOut) {
    if (!current) plan.accounts.create.push({ client, ...next });
    else {
      const before = pickAccountRow(current);
      const after = { ...next, name: current.name };
      if (differs(before, after)) plan.accounts.update.push({ id: current.id, ...after });
      else plan.accounts.unchanged += 1;
    }
  }
  for (const { client, current, next } of contactOut) {
    if (!current) plan.contacts.create.push({ client, ...next });
    else if (differs({ name: current.name, email: current.email, title: current.title, phone: current.phone }, next)) {
      plan.contacts.update.push({ id: current.id, ...next });
    } else plan.contacts.unchanged += 1;
  }
  return { plan, errors, undated };
}
