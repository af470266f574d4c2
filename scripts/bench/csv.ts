/**
 * CSV import/export benchmark (issue 7). Prints figures, asserts nothing.
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/<db> npx tsx scripts/bench/csv.ts
 * The database must be migrated and hold the scale tenant (`npm run db:deploy` then `npm run db:seed-scale` with
 * DATABASE_URL pointing at it; see docs/PERFORMANCE.md). The URL's role must bypass row-level security (postgres):
 * the script reads fixture ids with it, then runs the app code as a non-bypass login role, as in production.
 * Measures: a 10,000-row import into the scale tenant (checking alone, the whole commit, and the same file again),
 * the longest event-loop stall while importing, and time and peak memory of streaming its 250,000 check-ins.
 */
import { cpus, loadavg } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { MemberContext } from "../../lib/auth/membership";
import { createPrismaForPostgres } from "../../lib/db/client";
import { setAppDatabase } from "../../lib/db/prisma";
import { withScope } from "../../lib/db/tenant";
import { checkInsSource } from "../../lib/domain/export/sources";
import { csvStream } from "../../lib/domain/export/stream";
import { loadExistingState } from "../../lib/domain/import/existing";
import { checkImportFile, commitImport } from "../../lib/domain/import/mutations";
import { runPipeline } from "../../lib/domain/import/pipeline";
import { recordAudit } from "../../lib/audit/record";
import { SCALE_SLUG } from "../scale/load";
import { queryOnce } from "../support/postgres";

const URL_ = process.env.BENCH_DATABASE_URL ?? "";
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await queryOnce(URL_, sql, params)).rows as T[];
}

function importFile(run: string, amEmails: string[]): string {
  const header = "client_name,client_tier,account_name,am_email,monthly_value,start_date,contact_name,contact_email";
  const lines = [header];
  for (let i = 0; i < 10_000; i++) {
    const client = Math.floor(i / 4);
    lines.push(
      [
        `"Bench ${run} client ${client}, Ltd"`,
        `TIER_${1 + (client % 3)}`,
        `Account ${i % 4}`,
        amEmails[i % amEmails.length],
        `"${(1000 + (i % 50) * 100).toLocaleString("en-US")}.00"`,
        `2026-${String(1 + (i % 12)).padStart(2, "0")}-01`,
        `Contact ${i}`,
        `contact.${run}.${i}@bench.test`,
      ].join(","),
    );
  }
  return lines.join("\r\n");
}

async function main() {
  if (!URL_) throw new Error("BENCH_DATABASE_URL is required (a migrated database with the scale tenant).");
  const [agency] = await query<{ id: string }>(`SELECT "id" FROM "Agency" WHERE "slug" = $1`, [SCALE_SLUG]);
  if (!agency) throw new Error(`no ${SCALE_SLUG} tenant: run npm run db:seed-scale against this database first`);
  const [leader] = await query<{ userId: string; id: string; email: string; name: string }>(
    `SELECT m."userId", m."id", u."email", u."name" FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
     WHERE m."agencyId" = $1 AND 'LEADER' = ANY (m."roles") AND m."active" LIMIT 1`,
    [agency.id],
  );
  const ams = await query<{ email: string }>(
    `SELECT u."email" FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
     WHERE m."agencyId" = $1 AND 'AM' = ANY (m."roles") AND m."active"`,
    [agency.id],
  );
  const role = `acc_bench_csv_${Date.now().toString(36)}`;
  await query(`CREATE ROLE "${role}" LOGIN NOSUPERUSER NOBYPASSRLS IN ROLE accountable_app`);
  const appUrl = new URL(URL_);
  appUrl.username = role;
  const app = createPrismaForPostgres(appUrl.toString(), 4);
  setAppDatabase(app);
  try {
    const member: MemberContext = {
      user: { id: leader!.userId, email: leader!.email, name: leader!.name },
      agencyId: agency.id,
      agencySlug: SCALE_SLUG,
      agencyName: "scale",
      membershipId: leader!.id,
      roles: ["LEADER"],
      isOwner: false,
    };
    const exportOnly = process.argv.includes("--export-only");
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} on ${cpus().length} cores`,
    );
    if (!exportOnly)
      await benchImport(
        agency.id,
        member,
        ams.map((a) => a.email),
      );
    await benchExport(agency.id, member.user.id);
  } finally {
    await app.$disconnect();
    await query(`DROP ROLE IF EXISTS "${role}"`).catch(() => undefined);
  }
}

async function benchImport(agencyId: string, member: MemberContext, amEmails: string[]) {
  {
    const text = importFile(Date.now().toString(36), amEmails);
    const input = { text, dateFormat: "ISO" as const, fileName: "bench.csv", mapping: null };
    console.log(`import file: 10,000 rows, ${mb(Buffer.byteLength(text))}; ${amEmails.length} AMs in the tenant`);

    const scope = { agencyId: agencyId, userId: member.user.id };
    const existing = await withScope(scope, (tx) => loadExistingState(tx, agencyId));
    const t = performance.now();
    const pipeline = await runPipeline(input, existing);
    const checkMs = performance.now() - t;
    if (!pipeline.ok || pipeline.preview.errors.length > 0) throw new Error("bench file did not validate");
    console.log(`check only (parse, map, validate, plan): ${s(checkMs)}`);

    const commit = async () => {
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const started = performance.now();
      const prepared = await checkImportFile({ input, member }); // before the transaction, as the action does
      const result = await withScope(
        scope,
        (tx) =>
          commitImport({
            input,
            member,
            tx,
            prepared,
            audit: (event) => recordAudit(tx, { ...event, agencyId: agencyId, actorId: member.user.id }),
          }),
        { timeoutMs: 120_000 },
      );
      delay.disable();
      return { ms: performance.now() - started, result, maxStallMs: delay.max / 1e6 };
    };
    const first = await commit();
    console.log(
      `import 10,000 rows (one transaction): ${s(first.ms)}; longest event-loop stall ${first.maxStallMs.toFixed(0)} ms; ` +
        JSON.stringify(first.result.counts),
    );
    const again = await commit();
    console.log(`same file again (all unchanged): ${s(again.ms)}; ` + JSON.stringify(again.result.counts));
  }
}

async function benchExport(agencyId: string, userId: string) {
  {
    const scope = { agencyId, userId };
    let t = 0;
    const [{ n }] = (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "CheckIn" WHERE "agencyId" = $1`, [
      agencyId,
    ])) as [{ n: number }];
    global.gc?.();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const sample = () => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    const timer = setInterval(sample, 20);
    t = performance.now();
    let bytes = 0;
    let lines = 0;
    const stream = csvStream(scope, checkInsSource(agencyId, {}));
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) lines += 1;
      sample();
    }
    clearInterval(timer);
    console.log(
      `export ${n.toLocaleString("en-US")} check-ins: ${mb(bytes)} in ${s(performance.now() - t)} (${lines - 1} rows); ` +
        `peak RSS ${mb(peakRss)} (baseline ${mb(base.rss)}), peak heap ${mb(peakHeap)} (baseline ${mb(base.heapUsed)})`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
