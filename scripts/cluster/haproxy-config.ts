import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BUSY_PAGE } from "../../lib/server/busy-page";
import { RETRY_AFTER_SECONDS } from "../../lib/server/overload";
import { notAPageAcls } from "../../lib/server/request-kind";

/**
 * HAProxy's configuration for the cluster (scripts/cluster.ts), from the template beside this file: the primaries,
 * and with lanes the overflow instance and the rule that sends a busy agency's page renders there (LANE_RULES).
 * tests/integration/cluster-lanes.test.ts runs HAProxy on it in front of stand-in instances.
 */
export type ClusterLayout = {
  /** Where the generated configuration and the busy answer are written. */
  runDir: string;
  bind: string;
  /** The instances' ports; with lanes the last one is the overflow lane. */
  appPorts: number[];
  lanes: boolean;
  /** Requests in progress per instance; more wait in HAProxy's queue. */
  maxconn: number;
  /** How long an agency that had two page renders in progress at once keeps using the overflow lane (default 10). */
  busyMemorySeconds?: number;
};

/**
 * The lane rule. Page renders in progress per agency (the first path segment) are counted in a stick table; an agency
 * with two in progress at once is busy, and stays marked busy for `busyMemorySeconds` after its last such moment. Every
 * page render of a busy agency goes to the overflow lane while it is up, so a team's burst never shares the primary
 * instances' thread with the agencies that are not bursting (one render left on a primary was enough to slow a small
 * agency's dashboard by 10–30 %). Only page renders count (lib/server/request-kind.ts, the rule the serve.ts tenant
 * gate also uses). Tracking is per request (HTTP stream), so `conn_cur` counts requests in progress; `gpc0_rate` counts
 * the busy moments over the memory period.
 */
const LANE_RULES = `${notAPageAcls()}
    acl lane_up nbsrv(overflow) gt 0
    http-request track-sc0 path,field(2,/) table agencies if !not_a_page
    http-request sc-inc-gpc0(0) if !not_a_page { sc0_conn_cur gt 1 }
    use_backend overflow if !not_a_page lane_up { sc0_gpc0_rate gt 0 }`;

const overflowBackend = (maxconn: number, busyMemorySeconds: number) => `backend agencies
    stick-table type string len 64 size 100k expire 10m store conn_cur,gpc0,gpc0_rate(${busyMemorySeconds}s)

backend overflow
    balance leastconn
    option httpchk GET /api/health
    http-check expect status 200
    default-server inter 1s fall 3 rise 1 maxconn ${maxconn}
`;

/** Writes the configuration (and the busy answer it points at) into `runDir`; returns the configuration's path. */
export function writeHaproxyConfig(layout: ClusterLayout): string {
  const { runDir, bind, appPorts, lanes, maxconn, busyMemorySeconds = 10 } = layout;
  mkdirSync(runDir, { recursive: true });
  const body = Buffer.from(BUSY_PAGE);
  const head = `HTTP/1.1 503 Service Unavailable\r\nRetry-After: ${RETRY_AFTER_SECONDS}\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
  writeFileSync(path.join(runDir, "busy.http"), Buffer.concat([Buffer.from(head), body]));
  const server = (port: number, i: number) => `    server app${i + 1} 127.0.0.1:${port} check`;
  const servers = appPorts.map(server);
  const overflow = lanes ? servers.pop()! : null;
  const template = readFileSync("scripts/cluster/haproxy.cfg", "utf8");
  const config = template
    .replace("__DIR__", runDir)
    .replace("__BIND__", bind)
    .replace("__MAXCONN__", String(maxconn))
    .replace("__SERVERS__", servers.join("\n"))
    .replace("__LANES__", overflow ? LANE_RULES : "")
    .replace("__OVERFLOW__", overflow ? `${overflowBackend(maxconn, busyMemorySeconds)}${overflow}` : "");
  const file = path.join(runDir, "haproxy.cfg");
  writeFileSync(file, config);
  return file;
}
