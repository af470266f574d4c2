/** How many rows of each kind a scale tenant gets, and the per-row rules shared by the table loaders. */
import { buckets, sid, u } from "./sql";

export type TenantPlan = {
  slug: string;
  name: string;
  employees: number;
  ams: number;
  pms: number;
  clients: number;
  accounts: number;
  checkIns: number;
  /** Midnight-aligned "now" of the data, as a SQL timestamp literal (UTC). */
  today: string;
};

/** Scale 1 = the benchmark tenant of the brief: 3,000 employees, 300 AMs, 3,600 accounts, 250,000 check-ins. */
export function planFor(slug: string, name: string, scale: number, today: Date): TenantPlan {
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  const accounts = n(3600);
  return {
    slug,
    name,
    employees: n(3000),
    ams: n(300),
    pms: n(100),
    clients: Math.max(1, Math.round(accounts * 0.75)),
    accounts,
    checkIns: Math.max(accounts, n(250_000)),
    today: today.toISOString().replace("T", " ").replace("Z", ""),
  };
}

/** Row rules as SQL expressions over ordinals (1-based). */
export function rules(p: TenantPlan) {
  const id = (kind: string, n: string) => sid(p.slug, kind, n);
  const clientOf = (a: string) => `(((${a}) - 1) % ${p.clients} + 1)`;
  const tierOf = (c: string) =>
    `(CASE WHEN (${c}) % 20 < 5 THEN 'TIER_1' WHEN (${c}) % 20 < 14 THEN 'TIER_2' ELSE 'TIER_3' END)`;
  // A skewed assignment: low-numbered AMs carry more accounts, so the tenant has overloaded and under-used AMs.
  const amOf = (a: string) => `least(${p.ams}, 1 + floor(${p.ams} * power(${u(a, 11)}, 1.15))::int)`;
  const cadenceOf = (c: string) => `(CASE WHEN (${c}) % 20 < 5 THEN 14 WHEN (${c}) % 20 < 14 THEN 30 ELSE 45 END)`;
  const accountStatus = (a: string) =>
    buckets(
      [
        ["ACTIVE", 80],
        ["AT_RISK", 10],
        ["PAUSED", 5],
        ["CHURNED", 5],
      ],
      u(a, 21),
      `"AccountStatus"`,
    );
  const projectStatus = (pr: string) =>
    buckets(
      [
        ["NOT_STARTED", 8],
        ["ON_TRACK", 45],
        ["AT_RISK", 15],
        ["OFF_TRACK", 7],
        ["ON_HOLD", 5],
        ["DONE", 20],
      ],
      u(pr, 31),
      `"ProjectStatus"`,
    );
  /** Days since a project's last status update: mostly fresh, a fifth stale (> 14 days). */
  const projectLastAgo = (pr: string) =>
    `(CASE WHEN ${u(pr, 32)} < 0.8 THEN floor(${u(pr, 37)} * 13) ELSE 15 + floor(${u(pr, 37)} * 30) END)::int`;
  const t0 = `'${p.today}'::timestamp`;
  return { id, clientOf, tierOf, amOf, cadenceOf, accountStatus, projectStatus, projectLastAgo, t0 };
}
