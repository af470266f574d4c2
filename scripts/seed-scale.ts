/**
 * Benchmark data: `npx tsx scripts/seed-scale.ts --scale N [--tenants K] [--replace]` against DATABASE_URL
 * (PostgreSQL only, migrated; connect as a role that bypasses row-level security, e.g. postgres).
 * Scale 1 = tenant `scale-bench` with 3,000 employees, 300 AMs, 3,600 accounts, 250,000 check-ins; fractions work
 * (--scale 0.01). --tenants K adds K demo-sized neighbour tenants so benchmarks run among other tenants' data.
 */
import { loadScaleTenant } from "./scale/load";

function parseArgs(argv: string[]): { scale: number; tenants: number; replace: boolean } {
  const out = { scale: 1, tenants: 0, replace: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split("=", 2);
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--scale") out.scale = Number(value());
    else if (flag === "--tenants") out.tenants = Number(value());
    else if (flag === "--replace") out.replace = true;
    else
      throw new Error(`unknown argument ${arg}\nusage: tsx scripts/seed-scale.ts --scale N [--tenants K] [--replace]`);
  }
  return out;
}

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error("DATABASE_URL (a postgresql:// URL) is required: the scale generator runs on PostgreSQL only.");
    return 2;
  }
  const args = parseArgs(process.argv.slice(2));
  const result = await loadScaleTenant(url, { ...args, log: (line) => console.log(line) });
  for (const n of result.neighbours) console.log(`neighbour ${n.slug} loaded in ${(n.ms / 1000).toFixed(1)} s`);
  const b = result.benchmark;
  const checkIns = b.tables.find((t) => t.table === "CheckIn")?.rows ?? 0;
  console.log(
    `scale tenant loaded: ${b.plan.ams} AMs, ${b.plan.accounts} accounts, ${checkIns} check-ins in ${(b.ms / 1000).toFixed(1)} s`,
  );
  console.log(`analyze ${(result.analyzeMs / 1000).toFixed(1)} s; total ${(result.totalMs / 1000).toFixed(1)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
