/**
 * Strict priority for the primary instances over the overflow lane, on one machine (scripts/cluster.ts).
 *
 * A lower CPU priority (nice, even SCHED_IDLE) is not enough on a small machine: one request of a quiet agency runs
 * its parts side by side on every core (Node's main thread, V8's helper threads, PostgreSQL, HAProxy), and any busy
 * process on the other core stretches it by about a third, whatever its priority (docs/PERFORMANCE.md, "why the ratio
 * stops near 1.3–1.5×"). So while enough primaries have requests in progress, the cluster stops the overflow
 * instance (SIGSTOP: every thread of it, no CPU, no cache traffic) and lets it go on (SIGCONT) when they are done.
 *
 * Bounds, so that the lane is never starved and a lock cannot turn into a stall: the lane is paused at most
 * `maxShare` of the time. Pausing spends a budget of at most `maxPauseMs` (one pause lasts no longer), running earns
 * it back at maxShare / (1 − maxShare) per millisecond; when it runs out the lane runs for at least `minRunMs`.
 * Under a steady stream of primary requests the lane therefore keeps 1 − maxShare of the time, and a request on a
 * primary that waits for a row the paused lane holds waits at most `maxPauseMs` for it. Only the Node process is
 * paused, never its PostgreSQL backends (one stopped while holding a shared lock would stall the whole database): a
 * statement already running finishes, then its backend waits for its client like any idle connection.
 */
export type OverflowPauseSettings = {
  /** Pause while at least this many primaries have requests in progress. */
  threshold: number;
  /** The most of the time the lane may spend paused, between 0 and 1. */
  maxShare: number;
  maxPauseMs: number;
  minRunMs: number;
};

export const DEFAULT_PAUSE: Omit<OverflowPauseSettings, "threshold"> = {
  maxShare: 0.75,
  maxPauseMs: 500,
  minRunMs: 100,
};

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
  /** A primary (by index) started or stopped having requests in progress. */
  primary(index: number, busy: boolean): void;
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
  const busy = new Set<number>();
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

  function evaluate() {
    account();
    const wanted =
      !released && pid !== null && busy.size >= settings.threshold && clock.now() >= runUntil && budget > 0;
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
    primary(index, isBusy) {
      if (isBusy) busy.add(index);
      else busy.delete(index);
      evaluate();
    },
    primaryGone(index) {
      busy.delete(index);
      evaluate();
    },
    overflowChanged(next) {
      if (paused) resume();
      pid = next;
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
