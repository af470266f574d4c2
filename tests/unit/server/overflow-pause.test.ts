import { describe, expect, it } from "vitest";
import { createOverflowPause, type PauseClock } from "@/scripts/cluster/overflow-pause";
import { createLaneReport, type LaneMessage } from "@/lib/server/lane-report";

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

function setUp(threshold = 1) {
  const { clock, advance } = manualClock();
  const signals: string[] = [];
  const pause = createOverflowPause(
    { threshold, maxShare: 0.75, maxPauseMs: 500, minRunMs: 100 },
    (pid, name) => signals.push(`${name} ${pid}`),
    clock,
  );
  pause.overflowChanged(42);
  return { pause, signals, advance };
}

describe("the overflow lane's pause", () => {
  it("pauses the lane while a primary is busy and resumes it when the primary is idle", () => {
    const { pause, signals, advance } = setUp();
    pause.primary(0, true);
    expect(signals).toEqual(["SIGSTOP 42"]);
    advance(60);
    pause.primary(0, false);
    expect(signals).toEqual(["SIGSTOP 42", "SIGCONT 42"]);
    expect(pause.stats()).toEqual({ pauses: 1, pausedMs: 60, paused: false });
  });

  it("waits for as many busy primaries as the threshold asks", () => {
    const { pause, signals } = setUp(2);
    pause.primary(0, true);
    expect(signals).toEqual([]);
    pause.primary(1, true);
    expect(signals).toEqual(["SIGSTOP 42"]);
    pause.primaryGone(1); // an instance that exited has nothing in progress
    expect(signals).toEqual(["SIGSTOP 42", "SIGCONT 42"]);
  });

  it("never pauses longer than the budget, then lets the lane run, and keeps it a quarter of the time", () => {
    const { pause, signals, advance } = setUp();
    pause.primary(0, true); // busy for ten seconds without a break
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
      pause.primary(0, true);
      advance(60);
      pause.primary(0, false);
      advance(1);
    }
    const { pausedMs } = pause.stats();
    expect(pausedMs / (200 * 61)).toBeLessThanOrEqual(0.76);
  });

  it("resumes for good on release and does not signal a lane that is gone", () => {
    const { pause, signals } = setUp();
    pause.primary(0, true);
    pause.release();
    pause.primary(1, true);
    expect(signals).toEqual(["SIGSTOP 42", "SIGCONT 42"]);
    const other = setUp();
    other.pause.overflowChanged(null);
    other.pause.primary(0, true);
    expect(other.signals).toEqual([]);
  });

  it("hears a primary's report only when it changes: busy at the first request, idle after the last", () => {
    const messages: LaneMessage[] = [];
    const report = createLaneReport((message) => messages.push(message));
    report.started();
    report.started();
    report.finished();
    expect(messages).toEqual([{ lane: "busy" }]);
    report.finished();
    expect(messages).toEqual([{ lane: "busy" }, { lane: "idle" }]);
  });
});
