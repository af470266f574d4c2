import type { TenantTx } from "@/lib/db/tenant";
import type { ClientRef, ImportPlan } from "./plan";
import { nameKey } from "./values";

/** Rows per statement: large enough to keep round trips few, small enough to keep each statement's locks short. */
const BATCH = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/**
 * Writes a plan inside the caller's tenant transaction: one `INSERT … SELECT` / `UPDATE … FROM` over
 * `jsonb_to_recordset(…)` per batch, so 10,000 rows are a few dozen statements, not 10,000 (and the rows are not
 * run through the ORM's query builder one by one). Row-level security checks every inserted row's agencyId. Only row
 * locks are taken (never a table lock); the caller serializes imports of one agency with an advisory lock.
 */
export async function writePlan(tx: TenantTx, agencyId: string, plan: ImportPlan): Promise<void> {
  const newClientIds = new Map<string, string>();
  for (const batch of chunks(plan.clients.create)) {
    const created = await tx.$queryRaw<{ id: string; name: string }[]>`
      INSERT INTO "Client" ("agencyId", name, tier, status, industry, "clientSince")
      SELECT ${agencyId}::uuid, v.name, v.tier::"ClientTier", v.status::"ClientStatus", v.industry, v."clientSince"::date
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
        AS v(name text, tier text, status text, industry text, "clientSince" text)
      RETURNING id::text, name`;
    for (const row of created) newClientIds.set(nameKey(row.name), row.id);
  }
  const clientId = (ref: ClientRef) => {
    const id = "id" in ref ? ref.id : newClientIds.get(ref.key);
    if (!id) throw new Error("import: a planned client was not created");
    return id;
  };

  for (const batch of chunks(plan.clients.update)) {
    await tx.$executeRaw`
      UPDATE "Client" AS c SET tier = v.tier::"ClientTier", status = v.status::"ClientStatus", industry = v.industry,
        "clientSince" = v."clientSince"::date, "updatedAt" = now()
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
        AS v(id uuid, tier text, status text, industry text, "clientSince" text)
      WHERE c."agencyId" = ${agencyId}::uuid AND c.id = v.id`;
  }

  for (const batch of chunks(plan.accounts.create)) {
    const rows = batch.map(({ client, ...a }) => ({ ...a, clientId: clientId(client) }));
    await tx.$executeRaw`
      INSERT INTO "Account" ("agencyId", "clientId", "amId", name, kind, "monthlyValue", complexity, status,
                             "startDate", "renewalDate")
      SELECT ${agencyId}::uuid, v."clientId", v."amId", v.name, v.kind::"AccountKind", v."monthlyValue",
             v.complexity::"Complexity", v.status::"AccountStatus", v."startDate"::date, v."renewalDate"::date
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS v("clientId" uuid, "amId" uuid, name text, kind text, "monthlyValue" numeric, complexity text,
             status text, "startDate" text, "renewalDate" text)`;
  }
  for (const batch of chunks(plan.accounts.update)) {
    // The version moves on, as for any other change of owner or terms, so a rebalancing preview made before the
    // import is refused as stale rather than applied to changed data.
    await tx.$executeRaw`
      UPDATE "Account" AS a SET "amId" = v."amId", kind = v.kind::"AccountKind", "monthlyValue" = v."monthlyValue",
        complexity = v.complexity::"Complexity", status = v.status::"AccountStatus", "startDate" = v."startDate"::date,
        "renewalDate" = v."renewalDate"::date, version = a.version + 1, "updatedAt" = now()
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
        AS v(id uuid, "amId" uuid, kind text, "monthlyValue" numeric, complexity text, status text,
             "startDate" text, "renewalDate" text)
      WHERE a."agencyId" = ${agencyId}::uuid AND a.id = v.id`;
  }

  for (const batch of chunks(plan.contacts.create)) {
    const rows = batch.map(({ client, ...c }) => ({ ...c, clientId: clientId(client) }));
    await tx.$executeRaw`
      INSERT INTO "Contact" ("agencyId", "clientId", name, email, title, phone)
      SELECT ${agencyId}::uuid, v."clientId", v.name, v.email, v.title, v.phone
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS v("clientId" uuid, name text, email text, title text, phone text)`;
  }
  for (const batch of chunks(plan.contacts.update)) {
    await tx.$executeRaw`
      UPDATE "Contact" AS c SET name = v.name, email = v.email, title = v.title, phone = v.phone, "updatedAt" = now()
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
        AS v(id uuid, name text, email text, title text, phone text)
      WHERE c."agencyId" = ${agencyId}::uuid AND c.id = v.id`;
  }
}
