import { execFileSync } from "node:child_process";

/**
 * Makes sure a Debian tool the scripts drive (HAProxy, stress-ng) is on the PATH: `probe` runs it harmlessly; when it
 * is missing, root installs `pkg` with apt-get, anyone else gets an error that says how.
 */
export function ensureDebianTool(pkg: string, probe: [command: string, ...args: string[]], label = pkg): void {
  const [command, ...args] = probe;
  try {
    execFileSync(command, args, { stdio: "ignore" });
  } catch {
    if (process.getuid?.() !== 0) throw new Error(`${label} is missing: apt-get install -y ${pkg}`);
    console.log(`installing ${label} (apt-get install -y ${pkg})…`);
    execFileSync("sh", ["-c", `apt-get update -qq && apt-get install -y -qq ${pkg} > /dev/null`], { stdio: "inherit" });
  }
}
