/**
 * Strict priority for the primary instances over the overflow lane, on one machine (scripts/cluster.ts).
 *
 * A lower CPU priority (nice, even SCHED_IDLE) is not enough on a small machine: one request of a quiet agency runs
 * its parts side by side on every core (Node's main thread, V8's helper threads, PostgreSQL, HAProxy), and any busy
 * process on another core stretches it by about a third, whatever its priority (docs/PERFORMANCE.md, "why the ratio
 * stops near 1.3–1.5×"). So while a primary serves one request alone beside a burst in the lane, the cluster stops
 * the overflow instance (SIGSTOP: every thread of it, no CPU, no cache traffic) and lets it go on (SIGCONT) when that
 * request is done.
 *
 * Only then. Once any primary has several requests in progress, they already share its thread and wait for each other;
 * and once the lane holds the bursts of more than two agencies, the machine is loaded for everyone rather than by a
 * few. A paused lane would then leave a core idle under load (measured with `scripts/load/run.ts --compare-instances
 * 1,2`: two instances fell from 1.19× to 0.76–0.89× of one instance's throughput when the lane was paused for any
 * primary work). So the lane runs whenever the machine is loaded, and stops only while a quiet agency's request can
 * have the machine to itself against the burst of one or two agencies.
 *
 * Bounds, so that the lane is never starved and a lock cannot turn into a stall: the lane is paused at most
 * `maxShare` of the time. Pausing spends a budget of at most `maxPauseMs` (one pause lasts no longer), running earns
 * it back at maxShare / (1 − maxShare) per millisecond; when it runs out the lane runs for at least `minRunMs`.
 * Under a steady stream of primary requests the lane therefore keeps 1 − maxShare of the time, and a request on a
 * primary that waits for a row the paused lane holds waits at most `maxPauseMs` for it. Only the Node process is
 * paused, never its PostgreSQL backends (one stopped while holding a shared lock would stall the whole database): a
 * statement already running finishes, then its backend waits for its client like any idle connection.
 */
import type { InstanceLoad } from "../../lib/server/lane-report";

export type OverflowPauseSettings = {
  /** The most of the time the lane may spend paused, between 0 and 1. */
  maxShare: number;
  maxPauseMs: number;
  minRunMs: number;
};

/**
 * Half the time at most: anyone can keep a primary busy with a steady stream of cheap requests, and anyone can make
 * an agency "busy" (HAProxy counts page requests before sign-in is checked), so this share is how far a stranger can
 * slow one agency's pages. A quiet agency's pages are sporadic and never come near it; at 90 % the small tenant's
 * figure in `pages.ts` was no better (docs/PERFORMANCE.md, 4 Dec).
 */
export const DEFAULT_PAUSE: OverflowPauseSettings = { maxShare: 0.5, maxPauseMs: 500, minRunMs: 500 };

export type PauseClock = {
  now(): number;
  after(ms: number, run: () => void): () => void;
};

const realClock: PauseClock = {
  now: () => performance.now(),
  after(ms, run) {
    const timer = setTimeout(run, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export type OverflowPause = {
  /** What a primary (by index) has in progress now. */
  primary(index: number, load: InstanceLoad): void;
  /** What the overflow lane has in progress now. */
  lane(load: InstanceLoad): void;
  /** A primary exited: whatever it had in progress is gone. */
  primaryGone(index: number): void;
  /** The overflow instance was (re)started or exited: a new process is not paused; none is there to resume. */
  overflowChanged(pid: number | null): void;
  /** Resumes the lane for good (shutdown: a stopped process would not see its SIGTERM). */
  release(): void;
  stats(): { pauses: number; pausedMs: number; paused: boolean };
};

export function createOverflowPause(
  settings: OverflowPauseSettings,
  signal: (pid: number, name: "SIGSTOP" | "SIGCONT") => void,
  clock: PauseClock = realClock,
): OverflowPause {
  const earnRate = settings.maxShare / (1 - settings.maxShare);
  const primaries = new Map<number, InstanceLoad>();
  let lane: InstanceLoad = { requests: 0, agencies: 0 };
  let pid: number | null = null;
  let paused = false;
  let released = false;
  let budget = settings.maxPauseMs;
  let runUntil = 0;
  let accountedAt = clock.now();
  let cancelTimer: () => void = () => undefined;
  const totals = { pauses: 0, pausedMs: 0 };

  /** Brings the budget up to now: a pause spends it, running earns it back. */
  function account() {
    const now = clock.now();
    const elapsed = now - accountedAt;
    accountedAt = now;
    if (paused) {
      budget -= elapsed;
      totals.pausedMs += elapsed;
    } else {
      budget = Math.min(settings.maxPauseMs, budget + elapsed * earnRate);
    }
  }

  const send = (name: "SIGSTOP" | "SIGCONT") => {
    if (pid === null) return;
    try {
      signal(pid, name);
    } catch {
      pid = null; // it exited between its last message and this signal; overflowChanged follows
    }
  };

  function resume() {
    account();
    cancelTimer();
    send("SIGCONT");
    paused = false;
  }

  function budgetSpent() {
    resume();
    runUntil = clock.now() + settings.minRunMs;
    cancelTimer = clock.after(settings.minRunMs, evaluate);
  }

  /** Some primary serves one request, none serves several, and the lane renders for one or two agencies. */
  function quietBesideBurst() {
    const requests = [...primaries.values()].map((p) => p.requests);
    return requests.includes(1) && !requests.includes(2) && (lane.agencies === 1 || lane.agencies === 2);
  }

  function evaluate() {
    account();
    const wanted = !released && pid !== null && quietBesideBurst() && clock.now() >= runUntil && budget > 0;
    if (wanted && !paused) {
      send("SIGSTOP");
      if (pid === null) return;
      paused = true;
      totals.pauses++;
      cancelTimer = clock.after(budget, budgetSpent);
    } else if (!wanted && paused) {
      resume();
    }
  }

  return {
    primary(index, load) {
      primaries.set(index, load);
      evaluate();
    },
    lane(load) {
      lane = load;
      evaluate();
    },
    primaryGone(index) {
      primaries.delete(index);
      evaluate();
    },
    overflowChanged(next) {
      if (paused) resume();
      pid = next;
      lane = { requests: 0, agencies: 0 };
      evaluate();
    },
    release() {
      released = true;
      if (paused) resume();
      cancelTimer();
    },
    stats() {
      account();
      return { ...totals, paused };
    },
  };
}
