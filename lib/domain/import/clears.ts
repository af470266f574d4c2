import type { ClearableField } from "./columns";
import type { ExistingState, ImportPlan } from "./plan";

/** Stored values the plan would empty ("(clear)" cells), per column, so the preview says so before anything changes. */
export type Cleared = { field: ClearableField; count: number }[];

/** Where each clearable column is stored, in the order of the file's fields. */
const STORED_AS: { field: ClearableField; entity: "clients" | "accounts" | "contacts"; key: string }[] = [
  { field: "client_industry", entity: "clients", key: "industry" },
  { field: "client_since", entity: "clients", key: "clientSince" },
  { field: "renewal_date", entity: "accounts", key: "renewalDate" },
  { field: "contact_title", entity: "contacts", key: "title" },
  { field: "contact_phone", entity: "contacts", key: "phone" },
];

type Row = { id: string };
const valueOf = (row: Row | undefined, key: string) => (row as Record<string, unknown> | undefined)?.[key];

export function clearedValues(plan: ImportPlan, existing: ExistingState): Cleared {
  const out: Cleared = [];
  for (const { field, entity, key } of STORED_AS) {
    const updates: Row[] = plan[entity].update;
    if (updates.length === 0) continue;
    const stored = new Map<string, Row>(existing[entity].map((r) => [r.id, r]));
    const count = updates.filter((u) => valueOf(u, key) === null && valueOf(stored.get(u.id), key) != null).length;
    if (count > 0) out.push({ field, count });
  }
  return out;
}
