import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { createOverflowPause, type OverflowPauseSettings } from "../../scripts/cluster/overflow-pause";

/**
 * The pause with real signals, on a real process standing in for the overflow lane: a Node process that prints a
 * tick every 5 ms. While a primary serves one request alone it prints nothing; when the primary is idle, or the pause's budget runs
 * out, it goes on by itself.
 */
let lane: ChildProcess | null = null;
afterEach(() => {
  lane?.kill("SIGCONT");
  lane?.kill("SIGKILL");
});

async function startLane() {
  lane = spawn(process.execPath, ["-e", "setInterval(() => process.stdout.write('.'), 5)"]);
  const ticks = { count: 0 };
  lane.stdout!.on("data", (chunk: Buffer) => (ticks.count += chunk.length));
  while (ticks.count < 3) await sleep(10);
  return { pid: lane.pid!, ticks };
}

/** A real lane process, a pause that signals it for real, and a primary serving one request beside one agency's burst. */
async function pausedLane(settings: OverflowPauseSettings) {
  const { pid, ticks } = await startLane();
  const pause = createOverflowPause(settings, (p, name) => process.kill(p, name));
  pause.overflowChanged(pid);
  pause.lane({ requests: 2, agencies: 1 });
  pause.primary(0, { requests: 1, agencies: 1 });
  return { pause, ticks };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("pausing the overflow lane", () => {
  it("stops the lane's process while a primary serves one request and lets it go on after", async () => {
    const { pause, ticks } = await pausedLane({ maxShare: 0.9, maxPauseMs: 5_000, minRunMs: 100 });
    await sleep(50);
    await new Promise((resolve) => setImmediate(resolve)); // one more poll: output written before the pause is read
    const atPause = ticks.count;
    await sleep(300);
    expect(ticks.count).toBe(atPause);
    pause.primary(0, { requests: 0, agencies: 0 });
    await sleep(200);
    expect(ticks.count).toBeGreaterThan(atPause + 5);
    pause.release();
  });

  it("lets the lane go on by itself when the pause's budget runs out", async () => {
    const { pause, ticks } = await pausedLane({ maxShare: 0.5, maxPauseMs: 200, minRunMs: 300 }); // never idle again
    await sleep(100);
    const during = ticks.count;
    await sleep(350); // the budget (200 ms) ran out 100 ms ago
    expect(ticks.count).toBeGreaterThan(during + 5);
    expect(pause.stats().paused).toBe(false);
    pause.release();
  });
});
