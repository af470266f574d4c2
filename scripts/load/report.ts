/** The load run's printout: throughput, latency percentiles per route, errors, write and tenant checks. */
import type { WriteAudit } from "./data";
import type { Tally } from "./traffic";

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => (Number.isNaN(value) ? "-" : `${Math.round(value)} ms`);

type Report = {
  seconds: number;
  connections: number;
  tally: Tally;
  writes: WriteAudit;
  transport: { errors: number; timeouts: number };
  /** Writes refused with the typed busy result that were stored all the same (must be none). */
  refusedButStored: string[];
};

export type Outcome = { ok: boolean; throughput: number; errors: number; refused: number; p95: number };

/**
 * Prints the figures; `ok` when the run meets the bar: 0 errors (500s, other failures, connection errors, timeouts;
 * refusals for lack of capacity — 503 with Retry-After, the typed busy result — are counted apart), 0 lost or
 * duplicated writes, no refused write stored, 0 cross-tenant responses. Throughput counts answered requests only.
 */
export function printReport({ seconds, connections, tally, writes, transport, refusedButStored }: Report): Outcome {
  const rows = [...tally.latencies].sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce((sum, [, list]) => sum + list.length, 0);
  const failures = [...tally.failures.values()].reduce((sum, n) => sum + n, 0);
  const errors = failures + transport.errors + transport.timeouts;
  const refused = [...tally.refused.values()].reduce((sum, n) => sum + n, 0);
  const all = rows.flatMap(([, list]) => list).sort((a, b) => a - b);
  console.log(
    `\n${connections} connections, ${seconds.toFixed(1)} s: ${total} responses, ${(total / seconds).toFixed(1)} req/s`,
  );
  const header = ["route", "count", "p50", "p95", "p99", "max", "errors", "503/busy"];
  const table = rows.map(([route, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return [
      route,
      String(list.length),
      ms(percentile(sorted, 50)),
      ms(percentile(sorted, 95)),
      ms(percentile(sorted, 99)),
      ms(sorted.at(-1) ?? Number.NaN),
      String(tally.failures.get(route) ?? 0),
      String(tally.refused.get(route) ?? 0),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  for (const row of table) console.log(line(row));
  console.log(
    `errors: ${errors} (${failures} failed responses, ${transport.errors} connection errors, ${transport.timeouts} timeouts)`,
  );
  for (const sample of tally.failureSamples.slice(0, 24)) console.log(`  ${sample}`);
  console.log(
    `writes: ${tally.submitted.size} submitted, ${writes.acknowledged} acknowledged, ${writes.lost.length} lost, ` +
      `${writes.duplicated.length} duplicated, ${writes.unacknowledgedButStored} stored without acknowledgement`,
  );
  for (const marker of [...writes.lost, ...writes.duplicated].slice(0, 10)) console.log(`  ${marker}`);
  console.log(
    `writes refused as busy: ${tally.refusedMarkers.size}, of them stored all the same: ${refusedButStored.length}`,
  );
  console.log(`cross-tenant responses: ${tally.crossTenant.length}`);
  for (const leak of tally.crossTenant.slice(0, 10)) console.log(`  ${leak}`);
  const p95 = percentile(all, 95);
  console.log(
    `refused for lack of capacity (503 + Retry-After or typed busy): ${refused}; p95 of all responses: ${ms(p95)}`,
  );
  const ok =
    errors === 0 &&
    writes.lost.length === 0 &&
    writes.duplicated.length === 0 &&
    refusedButStored.length === 0 &&
    tally.crossTenant.length === 0;
  return { ok, throughput: (total - refused) / seconds, errors, refused, p95 };
}
