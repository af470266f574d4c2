/**
 * The CPU hog of `--saturate`: stress-ng from Debian (apt-get install stress-ng; installed here when missing and we
 * are root), one CPU worker per core, bounded by its own --timeout so it cannot outlive the run even if we crash.
 */
import { execFileSync, spawn } from "node:child_process";
import { availableParallelism } from "node:os";

export function startCpuHog(seconds: number): { stop(): Promise<void> } {
  try {
    execFileSync("stress-ng", ["--version"], { stdio: "ignore" });
  } catch {
    if (process.getuid?.() !== 0) throw new Error("stress-ng is missing: apt-get install -y stress-ng");
    console.log("installing stress-ng (apt-get install -y stress-ng)…");
    execFileSync("sh", ["-c", "apt-get update -qq && apt-get install -y -qq stress-ng > /dev/null"], {
      stdio: "inherit",
    });
  }
  const workers = availableParallelism();
  const child = spawn("stress-ng", ["--cpu", String(workers), "--timeout", `${Math.ceil(seconds)}s`, "--quiet"], {
    stdio: "ignore",
  });
  console.log(`CPU hog: stress-ng --cpu ${workers} --timeout ${Math.ceil(seconds)}s`);
  return {
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
