import { describe, expect, it } from "vitest";
import { createOverflowPause, type PauseClock } from "@/scripts/cluster/overflow-pause";
import { createLaneReport, type InstanceLoad } from "@/lib/server/lane-report";

/** A clock the test moves by hand; timers fire when it passes them. */
function manualClock() {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  const clock: PauseClock = {
    now: () => now,
    after(ms, run) {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => (timers = timers.filter((t) => t !== timer));
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const next = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      timers = timers.filter((t) => t !== next);
      now = next.at;
      next.run();
    }
    now = until;
  };
  return { clock, advance };
}

const IDLE: InstanceLoad = { requests: 0, agencies: 0 };
const ONE: InstanceLoad = { requests: 1, agencies: 1 };
const SEVERAL: InstanceLoad = { requests: 2, agencies: 2 };
const BURST: InstanceLoad = { requests: 2, agencies: 1 };

function setUp() {
  const { clock, advance } = manualClock();
  const signals: string[] = [];
  const pause = createOverflowPause(
    { maxShare: 0.75, maxPauseMs: 500, minRunMs: 100 },
    (pid, name) => signals.push(`${name} ${pid}`),
    clock,
  );
  pause.overflowChanged(42);
  pause.lane(BURST); // one agency's burst in the lane
  return { pause, signals, advance };
}

describe("the overflow lane's pause", () => {
  it("pauses the lane while a primary serves one request alone, and resumes it when that request is done", () => {
    const { pause, signals, advance } = setUp();
    pause.primary(0, ONE);
    expect(signals).toEqual(["SIGSTOP 42"]);
    advance(60);
    pause.primary(0, IDLE);
    expect(signals).toEqual(["SIGSTOP 42", "SIGCONT 42"]);
    expect(pause.stats()).toEqual({ pauses: 1, pausedMs: 60, paused: false });
  });

  it("lets the lane run while any primary has several requests: the machine is loaded, every core should work", () => {
    const { pause, signals } = setUp();
    pause.primary(0, ONE);
    pause.primary(1, SEVERAL);
    expect(signals).toEqual(["SIGSTOP 42", "SIGCONT 42"]);
    pause.primary(0, SEVERAL);
    pause.primary(1, IDLE);
    expect(signals).toHaveLength(2);
    pause.primary(0, ONE);
    expect(signals).toEqual(["SIGSTOP 42", "SIGCONT 42", "SIGSTOP 42"]);
    pause.primaryGone(0); // an instance that exited has nothing in progress
    expect(signals).toEqual(["SIGSTOP 42", "SIGCONT 42", "SIGSTOP 42", "SIGCONT 42"]);
  });

  it("pauses only beside the burst of one or two agencies: a lane that holds many means a loaded machine", () => {
    const { pause, signals } = setUp();
    pause.lane({ requests: 2, agencies: 3 });
    pause.primary(0, ONE);
    expect(signals).toEqual([]);
    pause.lane({ requests: 2, agencies: 2 });
    expect(signals).toEqual(["SIGSTOP 42"]);
    pause.lane(IDLE); // nothing in the lane to hold back
    expect(signals).toEqual(["SIGSTOP 42", "SIGCONT 42"]);
  });

  it("never pauses longer than the budget, then lets the lane run, and keeps it a quarter of the time", () => {
    const { pause, signals, advance } = setUp();
    pause.primary(0, ONE); // busy for ten seconds without a break
    advance(500);
    expect(signals).toEqual(["SIGSTOP 42", "SIGCONT 42"]);
    advance(99);
    expect(pause.stats().paused).toBe(false); // the lane's guaranteed run
    advance(9_401);
    const { pausedMs } = pause.stats();
    expect(pausedMs / 10_000).toBeGreaterThan(0.7);
    expect(pausedMs / 10_000).toBeLessThanOrEqual(0.76);
  });

  it("spends the budget across short pauses too: back-to-back requests do not starve the lane", () => {
    const { pause, advance } = setUp();
    for (let i = 0; i < 200; i++) {
      pause.primary(0, ONE);
      advance(60);
      pause.primary(0, IDLE);
      advance(1);
    }
    const { pausedMs } = pause.stats();
    expect(pausedMs / (200 * 61)).toBeLessThanOrEqual(0.76);
  });

  it("resumes for good on release and does not signal a lane that is gone", () => {
    const { pause, signals } = setUp();
    pause.primary(0, ONE);
    pause.release();
    pause.primary(1, ONE);
    expect(signals).toEqual(["SIGSTOP 42", "SIGCONT 42"]);
    const other = setUp();
    other.pause.overflowChanged(null);
    other.pause.primary(0, ONE);
    expect(other.signals).toEqual([]);
  });

  it("reports an instance's load only when it changes: requests none, one or several; agencies up to three", () => {
    const messages: InstanceLoad[] = [];
    const report = createLaneReport((message) => messages.push(message.lane));
    report.started(null); // a static file
    report.started("acme");
    report.started("acme");
    expect(messages).toEqual([
      { requests: 1, agencies: 0 },
      { requests: 2, agencies: 1 },
    ]);
    for (const agency of ["b", "c", "d"]) report.started(agency); // a fourth agency still counts as "more than two"
    for (const agency of ["b", "c", "d", "acme", "acme", null]) report.finished(agency);
    expect(messages).toEqual([
      { requests: 1, agencies: 0 },
      { requests: 2, agencies: 1 },
      { requests: 2, agencies: 2 },
      { requests: 2, agencies: 3 },
      { requests: 2, agencies: 2 },
      { requests: 2, agencies: 1 },
      { requests: 1, agencies: 0 },
      IDLE,
    ]);
  });
});
