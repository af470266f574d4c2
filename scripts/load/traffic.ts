/**
 * One signed-in person = one autocannon instance with a single keep-alive connection, cycling through what that role
 * does all day: leaders read the dashboard, account pages, the dashboard API and the projects list; AMs open their
 * page and an account and log a check-in; PMs open the projects list and a project and post a status update. Every
 * response is timed per route, checked for the person's own agency only, and every write is remembered by a marker
 * (the check-in summary / update note) so the database can be checked for it afterwards.
 */
import autocannon from "autocannon";
import type { Person } from "./data";
import { actionRequest, actionResult, type Cookie } from "./http";

export type Tally = {
  latencies: Map<string, number[]>;
  failures: Map<string, number>;
  failureSamples: string[];
  crossTenant: string[];
  submitted: Set<string>;
  acknowledged: Set<string>;
  /** Refusals for lack of capacity, per route: 503 with Retry-After, or an action's typed "busy" result. */
  refused: Map<string, number>;
  /** Writes refused as busy: none of them may be stored. */
  refusedMarkers: Set<string>;
};

export const newTally = (): Tally => ({
  latencies: new Map(),
  failures: new Map(),
  failureSamples: [],
  crossTenant: [],
  submitted: new Set(),
  acknowledged: new Set(),
  refused: new Map(),
  refusedMarkers: new Set(),
});

export type TrafficContext = {
  baseUrl: string;
  runId: string;
  actions: { logCheckIn: string; updateStatus: string };
  /** Agency ids (other than `own`) whose ids or slugs appear in `body`. */
  foreignAgencies(body: string, own: string): string[];
  tally: Tally;
};

type Step = {
  route: string;
  path: string;
  method?: "POST";
  headers?: Record<string, string>;
  body?: string;
  marker?: string;
};

const STATUSES = ["ON_TRACK", "AT_RISK", "ON_TRACK", "OFF_TRACK"] as const;

function planFor(person: Person, cookie: Cookie, ctx: TrafficContext, index: number): () => Step {
  const { slug } = person;
  const page = (route: string, path: string): Step => ({ route, path, headers: { cookie, accept: "text/html" } });
  let n = 0;
  const pick = <T>(list: T[]) => list[n % list.length]!;
  const marker = () => `${ctx.runId}:${index}:${n}`;
  const steps: (() => Step)[] =
    person.role === "leader"
      ? [
          () => page("GET /[agency]/portfolio", `/${slug}/portfolio`),
          () => page("GET /[agency]/accounts/[id]", `/${slug}/accounts/${pick(person.accounts)}`),
          () => ({ ...page("GET /api/agencies/[agency]/portfolio", `/api/agencies/${slug}/portfolio?tier=TIER_1`) }),
          () => page("GET /[agency]/projects", `/${slug}/projects`),
        ]
      : person.role === "am"
        ? [
            () => page("GET /[agency]/me", `/${slug}/me`),
            () => page("GET /[agency]/accounts/[id]", `/${slug}/accounts/${pick(person.accounts)}`),
            () => {
              const accountId = pick(person.accounts);
              const summary = marker();
              const input = { accountId, channel: "CALL", sentiment: 1 + (n % 5), summary, attendeeIds: [] };
              const call = actionRequest(ctx.baseUrl, cookie, ctx.actions.logCheckIn, [slug, input]);
              return {
                route: "POST logCheckIn (action)",
                path: `/${slug}/accounts/${accountId}`,
                ...call,
                marker: summary,
              };
            },
          ]
        : [
            () => page("GET /[agency]/projects", `/${slug}/projects`),
            () => page("GET /[agency]/projects/[id]", `/${slug}/projects/${pick(person.projects).id}`),
            () => {
              const project = pick(person.projects);
              const note = marker();
              const input = {
                projectId: project.id,
                expectedVersion: project.version,
                status: STATUSES[n % STATUSES.length],
                percentComplete: n % 101,
                spent: `${n * 10}.00`,
                note,
              };
              const call = actionRequest(ctx.baseUrl, cookie, ctx.actions.updateStatus, [slug, input]);
              return {
                route: "POST updateStatus (action)",
                path: `/${slug}/projects/${project.id}`,
                ...call,
                marker: note,
              };
            },
          ];
  return () => {
    const step = steps[n % steps.length]!();
    n++;
    return step;
  };
}

function fail(tally: Tally, route: string, why: string) {
  tally.failures.set(route, (tally.failures.get(route) ?? 0) + 1);
  // A few samples per route, so one noisy route does not hide why another failed.
  if (tally.failureSamples.filter((line) => line.startsWith(`${route}:`)).length < 3) {
    tally.failureSamples.push(`${route}: ${why}`);
  }
}

function refuse(tally: Tally, step: Step) {
  tally.refused.set(step.route, (tally.refused.get(step.route) ?? 0) + 1);
  if (step.marker) tally.refusedMarkers.add(step.marker);
}

/** Runs one person's session for `duration` seconds; resolves with autocannon's own counters. */
export function runSession(person: Person, cookie: Cookie, ctx: TrafficContext, index: number, duration: number) {
  const next = planFor(person, cookie, ctx, index);
  let current: (Step & { started: number }) | undefined;
  const { tally } = ctx;
  return autocannon({
    url: ctx.baseUrl,
    connections: 1,
    pipelining: 1,
    duration,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const step = next();
          if (step.marker) tally.submitted.add(step.marker);
          current = { ...step, started: performance.now() };
          return { ...request, method: step.method ?? "GET", path: step.path, headers: step.headers, body: step.body };
        },
        onResponse: (status, rawBody, _context, headers) => {
          const step = current;
          if (!step) return;
          current = undefined;
          const ms = performance.now() - step.started;
          const list = tally.latencies.get(step.route) ?? [];
          list.push(ms);
          tally.latencies.set(step.route, list);
          const body = String(rawBody);
          const retryAfter = Object.keys(headers ?? {}).some((name) => name.toLowerCase() === "retry-after");
          if (status === 503 && retryAfter) return refuse(tally, step);
          if (status !== 200) return fail(tally, step.route, `HTTP ${status} for ${step.path}`);
          const foreign = ctx.foreignAgencies(body, person.agencyId);
          if (foreign.length > 0)
            tally.crossTenant.push(`${step.route} ${step.path} as ${person.email}: ${foreign.join(", ")}`);
          if (!step.marker) return;
          const result = actionResult(body);
          if (result?.ok === false && result.code === "busy") return refuse(tally, step);
          if (!result?.ok)
            return fail(
              tally,
              step.route,
              `${result?.code ?? "no result"} ${JSON.stringify(result ?? body.slice(0, 200))}`,
            );
          tally.acknowledged.add(step.marker);
          const version = (result.data as { version?: number; projectId?: string } | undefined)?.version;
          const projectId = (result.data as { projectId?: string } | undefined)?.projectId;
          const project = person.projects.find((p) => p.id === projectId);
          if (project && version) project.version = version;
        },
      },
    ],
  });
}
