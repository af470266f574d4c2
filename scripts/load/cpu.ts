/**
 * Where the machine's CPU went during a measured phase: CPU seconds per kind of process (app servers, PostgreSQL,
 * HAProxy, this load generator, the CPU hog, everything else) read from /proc before and after, divided by the wall
 * time, so "cores used" by each adds up to at most the core count. This is what explains a throughput ratio: two
 * instances cannot serve more when one already leaves no idle core. Linux only; elsewhere it prints nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

type Kind = "app" | "postgres" | "haproxy" | "load generator" | "cpu hog" | "other";
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function kindOf(pid: number, comm: string): Kind {
  if (pid === process.pid) return "load generator";
  if (comm === "postgres") return "postgres";
  if (comm === "haproxy") return "haproxy";
  if (comm.startsWith("stress-ng")) return "cpu hog";
  if (comm.startsWith("next-server")) return "app"; // next start's process title, cut to 15 characters
  if (comm === "node" || comm === "MainThread") {
    const cmdline = readText(`/proc/${pid}/cmdline`).replaceAll("\0", " ");
    if (/next start|scripts\/serve\.ts/.test(cmdline)) return "app";
  }
  return "other";
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** CPU ticks (user + system, threads included) per process, with its kind. */
function sample(): Map<number, { kind: Kind; ticks: number }> {
  const out = new Map<number, { kind: Kind; ticks: number }>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc");
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readText(`/proc/${entry}/stat`);
    const close = stat.lastIndexOf(")");
    if (close < 0) continue;
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const fields = stat.slice(close + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
    out.set(Number(entry), { kind: kindOf(Number(entry), comm), ticks });
  }
  return out;
}

function idleTicks(): number {
  const cpu = readText("/proc/stat").split("\n")[0]?.trim().split(/\s+/) ?? [];
  return Number(cpu[4] ?? 0) + Number(cpu[5] ?? 0); // idle + iowait, summed over cores
}

export function startCpuAccounting() {
  const before = sample();
  const idleBefore = idleTicks();
  const started = performance.now();
  return {
    /** "cpu during the run (cores of 2): app 1.21, postgres 0.52, …, idle 0.04" */
    report(): string | null {
      const after = sample();
      if (after.size === 0) return null;
      const seconds = (performance.now() - started) / 1000;
      const used = new Map<Kind, number>();
      for (const [pid, now] of after) {
        const delta = now.ticks - (before.get(pid)?.ticks ?? 0); // processes started during the run count in full
        used.set(now.kind, (used.get(now.kind) ?? 0) + delta);
      }
      const cores = (ticks: number) => (ticks / TICKS_PER_SECOND / seconds).toFixed(2);
      const kinds: Kind[] = ["app", "postgres", "load generator", "haproxy", "cpu hog", "other"];
      const parts = kinds.filter((k) => (used.get(k) ?? 0) > 0).map((k) => `${k} ${cores(used.get(k)!)}`);
      return `cpu during the run (cores of ${availableParallelism()}): ${parts.join(", ")}, idle ${cores(idleTicks() - idleBefore)}`;
    },
  };
}
