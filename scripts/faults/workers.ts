/**
 * Steady traffic for the fault run, with plain fetch so every request's start and end time is known: AMs log
 * check-ins, PMs post project status updates, leaders open the dashboard, and a poller reads /api/health every 200 ms.
 * Each write carries a marker (summary / note) so the database can be checked for it afterwards.
 */
import type { Person } from "../load/data";
import { actionRequest, actionResult, type Cookie } from "../load/http";

export type Outcome = {
  worker: string;
  kind: "write" | "read" | "health";
  start: number;
  end: number;
  ok: boolean;
  detail: string;
  marker?: string;
};

export type Traffic = { outcomes: Outcome[]; submitted: Set<string>; acknowledged: Set<string>; stop(): Promise<void> };

type Options = {
  baseUrl: string;
  runId: string;
  actions: { logCheckIn: string; updateStatus: string };
  people: { person: Person; cookie: Cookie }[];
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const STATUSES = ["ON_TRACK", "AT_RISK", "ON_TRACK", "OFF_TRACK"] as const;

export function startTraffic({ baseUrl, runId, actions, people }: Options): Traffic {
  const outcomes: Outcome[] = [];
  const submitted = new Set<string>();
  const acknowledged = new Set<string>();
  let running = true;

  async function timed(
    worker: string,
    kind: Outcome["kind"],
    marker: string | undefined,
    send: () => Promise<Response>,
  ) {
    const start = performance.now();
    let ok = false;
    let detail = "";
    let result: ReturnType<typeof actionResult> = null;
    try {
      const response = await send();
      const body = await response.text();
      ok = response.status === 200;
      // A refusal for lack of capacity must tell the client when to come back (scripts/serve.ts).
      const retryAfter = response.status === 503 && response.headers.has("retry-after") ? " + Retry-After" : "";
      detail = `HTTP ${response.status}${retryAfter}`;
      if (marker && ok) {
        result = actionResult(body);
        ok = result?.ok === true;
        detail = ok ? "ok" : (result?.code ?? "no result");
      }
    } catch (error) {
      detail = error instanceof Error ? error.message : String(error);
    }
    if (ok && marker) acknowledged.add(marker);
    outcomes.push({ worker, kind, start, end: performance.now(), ok, detail, marker });
    return result;
  }

  async function loop({ person, cookie }: { person: Person; cookie: Cookie }, index: number) {
    const name = `${person.role}:${person.email}`;
    for (let n = 0; running; n++) {
      const signal = AbortSignal.timeout(10_000);
      if (person.role === "leader") {
        await timed(name, "read", undefined, () =>
          fetch(`${baseUrl}/${person.slug}/portfolio`, { headers: { cookie }, signal }),
        );
      } else if (person.role === "am") {
        const accountId = person.accounts[n % person.accounts.length]!;
        const marker = `${runId}:${index}:${n}`;
        submitted.add(marker);
        const input = { accountId, channel: "CALL", sentiment: 3, summary: marker, attendeeIds: [] };
        const call = actionRequest(baseUrl, cookie, actions.logCheckIn, [person.slug, input]);
        await timed(name, "write", marker, () =>
          fetch(`${baseUrl}/${person.slug}/accounts/${accountId}`, { ...call, signal }),
        );
      } else {
        const project = person.projects[n % person.projects.length]!;
        const marker = `${runId}:${index}:${n}`;
        submitted.add(marker);
        const input = {
          projectId: project.id,
          expectedVersion: project.version,
          status: STATUSES[n % STATUSES.length],
          percentComplete: n % 101,
          spent: `${n}.00`,
          note: marker,
        };
        const call = actionRequest(baseUrl, cookie, actions.updateStatus, [person.slug, input]);
        const result = await timed(name, "write", marker, () =>
          fetch(`${baseUrl}/${person.slug}/projects/${project.id}`, { ...call, signal }),
        );
        const data = (result?.ok ? result.data : (result as { current?: unknown } | null)?.current) as
          { version?: number } | undefined;
        // After a success the new version; after a conflict (a write that landed but whose answer was lost) the
        // version the server reports.
        if (data?.version) project.version = data.version;
      }
      await pause(50);
    }
  }

  async function pollHealth() {
    while (running) {
      const signal = AbortSignal.timeout(5_000);
      await timed("health", "health", undefined, () => fetch(`${baseUrl}/api/health`, { signal }));
      await pause(200);
    }
  }

  const loops = [...people.map(loop), pollHealth()];
  return {
    outcomes,
    submitted,
    acknowledged,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
