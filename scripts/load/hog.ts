/**
 * The CPU hog of `--saturate`: stress-ng from Debian (apt-get install stress-ng; installed here when missing and we
 * are root), one CPU worker per core, bounded by its own --timeout so it cannot outlive the run even if we crash.
 */
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { ensureDebianTool } from "../support/debian-package";

export function startCpuHog(seconds: number): { stop(): Promise<void> } {
  ensureDebianTool("stress-ng", ["stress-ng", "--version"]);
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
