import type { TenantTx } from "@/lib/db/tenant";

/**
 * The tables of the agency archive: every table whose rows belong to the agency, one CSV each, every column the app
 * role may read (the catalog is asked at export time, so a column added later is exported without anyone listing it),
 * minus the secrets below. Rows are read in keyset-paged batches like the list exports (lib/domain/export/stream.ts).
 * Values are written as PostgreSQL's text of them, timestamps as ISO 8601 UTC, so the files are exact and stable.
 */
export type ArchiveTable = {
  table: string;
  /** The column holding the agency's id ("id" for the Agency row itself). */
  scope: string;
  /** The keyset order: a unique key among the agency's rows. */
  key: readonly string[];
  /** Extra read-only columns: the members' e-mail and name live on User, which is not the agency's. */
  extra?: readonly { name: string; sql: string }[];
};

/**
 * The agency's own tables in archive order, written "Table" when keyed by its id and "Table:first+second" when keyed by
 * other columns.
 */
const AGENCY_TABLES = [
  "Invitation Client Contact Account CheckIn CheckInContact:checkInId+contactId Project ProjectUpdate Kpi",
  "KpiMeasurement GrowthPlan Opportunity GrowthAction GuidelineChange AuditEvent",
  // People (1:1s are readable here because the archive is a leader's, and leaders may read every 1:1).
  "CareerLevel LevelExpectation:levelId+competency CareerLevelKpi:levelId+kpiName PersonProfile:membershipId",
  "Assessment DevelopmentItem OneOnOne OneOnOneAction",
  // Follow-through.
  "FollowUpRule:signalType FollowUp JobRun:task AccountHealthSnapshot:accountId+day AmLoadSnapshot:amId+day",
  "Notification NotificationPreference:userId+event DigestSetting:userId Digest Delivery AgencyWebhook:agencyId",
  // Commercial health.
  "RetainerScope:accountId TimesheetEntry ScopeRequest AccountValueChange ContactDeparture:contactId NewBusinessLead",
].flatMap((group) => group.split(" "));

function agencyTable(entry: string): ArchiveTable {
  const [table = entry, key = "id"] = entry.split(":");
  return { table, scope: "agencyId", key: key.split("+") };
}

export const ARCHIVE_TABLES: readonly ArchiveTable[] = [
  { table: "Agency", scope: "id", key: ["id"] },
  {
    table: "Membership",
    scope: "agencyId",
    key: ["id"],
    extra: [
      { name: "userEmail", sql: `(SELECT u."email" FROM "User" u WHERE u."id" = t."userId")` },
      { name: "userName", sql: `(SELECT u."name" FROM "User" u WHERE u."id" = t."userId")` },
    ],
  },
  ...AGENCY_TABLES.map(agencyTable),
];

/**
 * Caches kept from the tables above (by triggers, or by the dashboard's stored standing): left out, they are rebuilt
 * from what is exported.
 */
export const DERIVED_TABLES = [
  "AccountRollup",
  "AccountContactSeen",
  "KpiLatestMeasurement",
  "BookStanding",
  "BookDirty",
] as const;

/**
 * Never exported: an invitation's token hash would let whoever holds the archive accept a pending invitation; the
 * Slack webhook URL is a secret the app never shows back; queued mails carry signed links (unsubscribe, invitations).
 */
const SECRET_COLUMNS: Record<string, readonly string[]> = {
  Invitation: ["tokenHash"],
  AgencyWebhook: ["slackUrl"],
  Delivery: ["text", "html", "unsubscribeUrl"],
};

type Column = { name: string; type: string };

/** The columns the app role can read, in table order (information_schema lists only columns it has a privilege on). */
export async function readableColumns(tx: TenantTx, table: string): Promise<Column[]> {
  const rows = await tx.$queryRaw<{ name: string; type: string }[]>`
    SELECT column_name::text AS name, udt_name::text AS type FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = ${table} ORDER BY ordinal_position`;
  const secret = SECRET_COLUMNS[table] ?? [];
  return rows.filter((c) => !secret.includes(c.name));
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** ISO 8601 UTC for timestamps (stored as UTC without a zone), PostgreSQL's own text for everything else. */
function asText(c: Column): string {
  const col = `t.${quote(c.name)}`;
  if (c.type === "timestamp") return `to_char(${col}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  if (c.type === "timestamptz") return `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return `${col}::text`;
}

export type TableBatch = { rows: (string | null)[][]; last: string[] | null };

/**
 * One batch of the table's rows of this agency after `after` (the previous batch's key), ordered by the key. The
 * agency filter is explicit, and row-level security holds the query to the agency as well.
 */
export async function readTableBatch(
  tx: TenantTx,
  agencyId: string,
  spec: ArchiveTable,
  columns: readonly Column[],
  after: readonly string[] | null,
  take: number,
): Promise<TableBatch> {
  const keyTypes = spec.key.map((k) => columns.find((c) => c.name === k)?.type ?? "text");
  const keyList = spec.key.map((k) => `t.${quote(k)}`).join(", ");
  const selected = [
    ...columns.map((c) => `${asText(c)} AS ${quote(c.name)}`),
    ...(spec.extra ?? []).map((e) => `${e.sql} AS ${quote(e.name)}`),
    ...spec.key.map((k, i) => `t.${quote(k)}::text AS "__k${i}"`),
  ].join(", ");
  const params: unknown[] = [agencyId];
  let keyset = "";
  if (after) {
    const placeholders = after.map((value, i) => {
      params.push(value);
      return `$${i + 2}::${keyTypes[i]}`;
    });
    keyset = `AND (${keyList}) > (${placeholders.join(", ")})`;
  }
  const sql = `SELECT ${selected} FROM ${quote(spec.table)} t WHERE t.${quote(spec.scope)} = $1::uuid ${keyset}
    ORDER BY ${keyList} LIMIT ${Math.trunc(take)}`;
  const raw = await tx.$queryRawUnsafe<Record<string, string | null>[]>(sql, ...params);
  const names = [...columns.map((c) => c.name), ...(spec.extra ?? []).map((e) => e.name)];
  const rows = raw.map((r) => names.map((n) => r[n] ?? null));
  const lastRow = raw[raw.length - 1];
  return { rows, last: lastRow ? spec.key.map((_, i) => lastRow[`__k${i}`] ?? "") : null };
}

export const headerOf = (spec: ArchiveTable, columns: readonly Column[]) => [
  ...columns.map((c) => c.name),
  ...(spec.extra ?? []).map((e) => e.name),
];
