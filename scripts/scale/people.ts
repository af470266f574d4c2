/** Set-based INSERTs for the tenant's agency, users, memberships, clients, contacts and accounts. */
import { FIRST_NAMES, INDUSTRIES, LAST_NAMES, CONTACT_TITLES } from "../../prisma/seed/names";
import { rules, type TenantPlan } from "./plan";
import { buckets, literal, pickText, u } from "./sql";

export type Step = { table: string; sql: string; params?: unknown[] };

const fullName = (i: string, salt: number) =>
  `${pickText(FIRST_NAMES, `(${i}) * 7 + ${salt}`)} || ' ' || ${pickText(LAST_NAMES, `(${i}) * 13 + ${salt}`)}`;

export function peopleSteps(p: TenantPlan, agencyId: string): Step[] {
  const r = rules(p);
  const { id, t0 } = r;
  const ag = `'${agencyId}'::uuid`;
  const email = (local: string) => `${local} || '@${p.slug}.example'`;
  const people = `
    SELECT ${id("u-leader", "1")} AS uid, ${id("m-leader", "1")} AS mid, ${email("'leader'")} AS email,
           ${fullName("1", 3)} AS name, ARRAY['LEADER']::"Role"[] AS roles, true AS owner
    UNION ALL
    SELECT ${id("u-viewer", "1")}, ${id("m-viewer", "1")}, ${email("'viewer'")}, ${fullName("2", 5)}, ARRAY['VIEWER']::"Role"[], false
    UNION ALL
    SELECT ${id("u-am", "g")}, ${id("m-am", "g")}, ${email(`'am' || lpad(g::text, 4, '0')`)}, ${fullName("g", 17)},
           ARRAY['AM']::"Role"[], false FROM generate_series(1, ${p.ams}) g
    UNION ALL
    SELECT ${id("u-pm", "g")}, ${id("m-pm", "g")}, ${email(`'pm' || lpad(g::text, 4, '0')`)}, ${fullName("g", 29)},
           ARRAY['PM']::"Role"[], false FROM generate_series(1, ${p.pms}) g`;
  return [
    {
      table: "Agency",
      sql: `INSERT INTO "Agency" (id, name, slug, "employeeCount", currency, "createdAt", "updatedAt")
            VALUES (${ag}, ${literal(p.name)}, ${literal(p.slug)}, ${p.employees}, 'USD', ${t0} - interval '5 years', ${t0})`,
    },
    {
      table: "User",
      sql: `INSERT INTO "User" (id, email, name, "passwordHash", "createdAt", "updatedAt")
            SELECT uid, email, name, $1, ${t0}, ${t0} FROM (${people}) x`,
    },
    {
      table: "Membership",
      sql: `INSERT INTO "Membership" (id, "agencyId", "userId", roles, "isOwner", active, "createdAt", "updatedAt")
            SELECT mid, ${ag}, uid, roles, owner, true, ${t0}, ${t0} FROM (${people}) x`,
    },
    {
      table: "Client",
      sql: `INSERT INTO "Client" (id, "agencyId", name, industry, tier, status, "clientSince", "createdAt", "updatedAt")
            SELECT ${id("client", "c")}, ${ag},
                   ${pickText(LAST_NAMES, "c * 11")} || ' ' || ${pickText(["Group", "Labs", "& Co", "Brands", "Holdings", "Studios"], "c")} || ' ' || c,
                   ${pickText(INDUSTRIES, "c * 3")}, ${r.tierOf("c")}::"ClientTier",
                   (CASE WHEN c % 50 = 0 THEN 'CHURNED' WHEN c % 50 = 1 THEN 'PAUSED' ELSE 'ACTIVE' END)::"ClientStatus",
                   (${t0} - floor(200 + ${u("c", 7)} * 1500) * interval '1 day')::date, ${t0}, ${t0}
            FROM generate_series(1, ${p.clients}) c`,
    },
    {
      table: "Contact",
      sql: `INSERT INTO "Contact" (id, "agencyId", "clientId", name, title, email, "isPrimary", active, "createdAt", "updatedAt")
            SELECT ${id("contact", "k")}, ${ag}, ${id("client", "(k - 1) / 3 + 1")}, ${fullName("k", 41)},
                   ${pickText(CONTACT_TITLES, "k")},
                   regexp_replace(lower(${pickText(FIRST_NAMES, "k * 7 + 41")}), '[^a-z]', '', 'g') || '.' || k || '@client'
                     || ((k - 1) / 3 + 1) || '.example',
                   (k - 1) % 3 = 0, ((k - 1) % 3 = 0 OR k % 7 <> 0), ${t0}, ${t0}
            FROM generate_series(1, ${p.clients * 3}) k`,
    },
    {
      table: "Account",
      sql: `INSERT INTO "Account" (id, "agencyId", "clientId", "amId", name, kind, "monthlyValue", complexity, status,
                                   "startDate", "renewalDate", "createdAt", "updatedAt")
            SELECT ${id("account", "a")}, ${ag}, ${id("client", r.clientOf("a"))}, ${id("m-am", r.amOf("a"))},
                   (CASE WHEN kind = 'RETAINER' THEN 'Retainer ' ELSE 'Project ' END) || a, kind,
                   round((CASE ${r.tierOf(r.clientOf("a"))} WHEN 'TIER_1' THEN 12000 + ${u("a", 23)} * 33000
                          WHEN 'TIER_2' THEN 5000 + ${u("a", 23)} * 13000 ELSE 1500 + ${u("a", 23)} * 5500 END)::numeric, -2),
                   ${buckets(
                     [
                       ["LOW", 20],
                       ["STANDARD", 65],
                       ["HIGH", 15],
                     ],
                     u("a", 22),
                     `"Complexity"`,
                   )}, status,
                   (${t0} - floor(60 + ${u("a", 24)} * 1000) * interval '1 day')::date,
                   CASE WHEN status IN ('ACTIVE', 'AT_RISK') AND kind = 'RETAINER'
                        THEN (${t0} + floor(${u("a", 25)} * 365) * interval '1 day')::date END,
                   ${t0}, ${t0}
            FROM generate_series(1, ${p.accounts}) a
            CROSS JOIN LATERAL (SELECT ${r.accountStatus("a")} AS status,
              (CASE WHEN ${u("a", 26)} < 0.7 THEN 'RETAINER' ELSE 'PROJECT' END)::"AccountKind" AS kind) x`,
    },
  ];
}
