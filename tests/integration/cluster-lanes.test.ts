import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeHaproxyConfig } from "../../scripts/cluster/haproxy-config";
import { ensureDebianTool } from "../../scripts/support/debian-package";

/**
 * The cluster's lane rules, run by a real HAProxy on the configuration `npm run start:cluster` writes, in front of two
 * stand-in instances (a primary and the overflow lane) that hold every page open until the test lets it finish, so
 * "in progress" is under the test's control. An agency's second concurrent page render goes to the overflow lane;
 * other agencies, server actions, API routes and prefetches stay on the primary.
 */

type Instance = { name: string; port: number; seen: string[]; holding: http.ServerResponse[]; server: http.Server };

async function standIn(name: string): Promise<Instance> {
  const instance = { name, seen: [] as string[], holding: [] as http.ServerResponse[] } as Instance;
  instance.server = http.createServer((request, response) => {
    if (request.url === "/api/health") return response.end("ok");
    instance.seen.push(request.url!);
    instance.holding.push(response); // answered by finishAll()
  });
  await new Promise<void>((resolve) => instance.server.listen(0, "127.0.0.1", resolve));
  instance.port = (instance.server.address() as AddressInfo).port;
  return instance;
}

/** Shorter than the cluster's 10 s, so that the test can see an agency leave the overflow lane. */
const BUSY_MEMORY_SECONDS = 1;

let primary: Instance;
let overflow: Instance;
let balancer: ChildProcess;
let port: number;
let runDir: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = http.createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => resolve(free));
    });
  });

/** Sends a request through HAProxy without waiting for its answer (the stand-ins hold it). */
function send(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: url, headers, agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
  });
}

async function arrived(instance: Instance, url: string) {
  const deadline = Date.now() + 5_000;
  while (!instance.seen.includes(url)) {
    if (Date.now() > deadline) throw new Error(`${url} never reached ${instance.name}: ${JSON.stringify(seenBy())}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const seenBy = () => ({ primary: primary.seen, overflow: overflow.seen });

async function finishAll(answers: Promise<number>[]) {
  for (const instance of [primary, overflow]) for (const response of instance.holding.splice(0)) response.end("done");
  expect(await Promise.all(answers)).toEqual(answers.map(() => 200));
  primary.seen.length = 0;
  overflow.seen.length = 0;
}

beforeAll(async () => {
  ensureDebianTool("haproxy", ["haproxy", "-v"], "HAProxy");
  [primary, overflow] = await Promise.all([standIn("primary"), standIn("overflow")]);
  port = await freePort();
  runDir = mkdtempSync(path.join(os.tmpdir(), "lanes-"));
  const config = writeHaproxyConfig({
    runDir,
    bind: `127.0.0.1:${port}`,
    appPorts: [primary.port, overflow.port],
    lanes: true,
    maxconn: 16,
    busyMemorySeconds: BUSY_MEMORY_SECONDS,
  });
  balancer = spawn("haproxy", ["-db", "-f", config], { stdio: ["ignore", "ignore", "inherit"] });
  // Ready when a health-checked request gets through (the overflow lane must be up for the rule to use it).
  const deadline = Date.now() + 15_000;
  for (;;) {
    const answer = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
    if (answer?.status === 200) break;
    if (Date.now() > deadline) throw new Error("HAProxy did not come up");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 1_200)); // one health-check round for both instances
});

afterAll(async () => {
  balancer?.kill("SIGKILL");
  for (const instance of [primary, overflow]) {
    for (const response of instance?.holding ?? []) response.end();
    instance?.server.close();
  }
  rmSync(runDir, { recursive: true, force: true });
});

describe("lanes between agencies", () => {
  it("sends a busy agency's pages to the overflow lane, and another agency's page to the primary", async () => {
    const answers = [send("/big/portfolio")];
    await arrived(primary, "/big/portfolio");
    answers.push(send("/big/accounts")); // two in progress at once: the agency is busy
    await arrived(overflow, "/big/accounts");
    answers.push(send("/small/portfolio"));
    await arrived(primary, "/small/portfolio");
    expect(seenBy()).toEqual({ primary: ["/big/portfolio", "/small/portfolio"], overflow: ["/big/accounts"] });
    await finishAll(answers);

    // Its pages done, the busy agency stays on the overflow lane for a while (a burst comes in waves), then returns.
    const stillBusy = [send("/big/clients")];
    await arrived(overflow, "/big/clients");
    await finishAll(stillBusy);
    await new Promise((resolve) => setTimeout(resolve, BUSY_MEMORY_SECONDS * 2_000 + 500));
    const calm = [send("/big/projects")];
    await arrived(primary, "/big/projects");
    await finishAll(calm);
  });

  it("never counts or diverts server actions, prefetches and API routes", async () => {
    const answers = [send("/team/portfolio")];
    await arrived(primary, "/team/portfolio");
    answers.push(send("/team/accounts/1", { "next-action": "a1" }));
    answers.push(send("/team/clients", { "next-router-prefetch": "1" }));
    answers.push(send("/api/agencies/team/export/accounts"));
    await arrived(primary, "/api/agencies/team/export/accounts");
    await arrived(primary, "/team/clients");
    await arrived(primary, "/team/accounts/1");
    expect(overflow.seen).toEqual([]);
    // Those three did not count as the agency's pages: its second page render makes it busy, and goes to the lane.
    answers.push(send("/team/members"));
    await arrived(overflow, "/team/members");
    await finishAll(answers);
  });
});
