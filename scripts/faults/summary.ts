/** What the fault run saw, phase by phase, and whether it meets the bar. */
import type { Outcome } from "./workers";

type Marks = { down: number; stopped: number; up: number };

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function summarize(outcomes: Outcome[], { down, stopped, up }: Marks, limitMs: number) {
  const before = outcomes.filter((o) => o.end < down);
  const during = outcomes.filter((o) => o.start >= stopped && o.end < up);
  const healthDuring = during.filter((o) => o.kind === "health");
  const claimed = during.filter((o) => o.kind === "write" && o.ok);
  const hung = outcomes.filter((o) => /timeout|abort/i.test(o.detail));

  const workers = [...new Set(outcomes.map((o) => o.worker))].sort();
  const recovery = workers.map((worker) => {
    const first = outcomes.find((o) => o.worker === worker && o.ok && o.start >= up);
    return { worker, ms: first ? first.end - up : Number.POSITIVE_INFINITY };
  });
  const slowest = Math.max(...recovery.map((r) => r.ms));
  const after = outcomes.filter((o) => o.start >= up + slowest);

  console.log(`stopping PostgreSQL took ${seconds(stopped - down)}; outage ${seconds(up - stopped)}`);
  console.log(`before the outage: ${before.length} requests, ${before.filter((o) => !o.ok).length} failed`);
  const reasons = new Map<string, number>();
  for (const o of during.filter((x) => !x.ok))
    reasons.set(`${o.kind} ${o.detail}`, (reasons.get(`${o.kind} ${o.detail}`) ?? 0) + 1);
  console.log(
    `during the outage: ${during.length} requests, ${during.filter((o) => !o.ok).length} reported errors ` +
      `(${[...reasons].map(([why, n]) => `${n}× ${why}`).join(", ")}), ${claimed.length} writes claimed`,
  );
  const truthful = healthDuring.length > 0 && healthDuring.every((o) => o.detail === "HTTP 503");
  // Page reads while the database is away: the busy page (503 + Retry-After), never Next's HTTP 500.
  const reads500 = outcomes.filter(
    (o) => o.kind === "read" && o.detail.startsWith("HTTP 5") && o.detail !== "HTTP 503 + Retry-After",
  );
  console.log(`page reads answered 500 (or 5xx without Retry-After): ${reads500.length}`);
  console.log(`/api/health during the outage: ${healthDuring.length} answers, all 503: ${truthful}`);
  console.log(`recovery after PostgreSQL was ready (first success per session, limit ${seconds(limitMs)}):`);
  for (const r of recovery) console.log(`  ${r.worker.padEnd(36)} ${Number.isFinite(r.ms) ? seconds(r.ms) : "never"}`);
  console.log(
    `after recovery: ${after.length} requests, ${after.filter((o) => !o.ok).length} failed; hung requests: ${hung.length}`,
  );

  const ok =
    before.every((o) => o.ok) &&
    during.some((o) => !o.ok) &&
    claimed.length === 0 &&
    truthful &&
    slowest <= limitMs &&
    after.every((o) => o.ok) &&
    hung.length === 0 &&
    reads500.length === 0;
  return { ok, recoveryMs: slowest };
}
