/**
 * What an instance tells the cluster (scripts/cluster.ts) over its IPC channel: how many requests it has in progress
 * (none, one, several) and for how many agencies it is rendering pages (counted up to "more than two"). The cluster
 * pauses the overflow lane while a primary serves one request alone and the lane holds the burst of one or two
 * agencies (scripts/cluster/overflow-pause.ts says why only then). One message per change, not per request.
 */
export type InstanceLoad = {
  /** Requests in progress: 0, 1, or 2 for "several". */
  requests: 0 | 1 | 2;
  /** Agencies with a page render in progress: 0, 1, 2, or 3 for "more than two". */
  agencies: 0 | 1 | 2 | 3;
};
export type LaneMessage = { lane: InstanceLoad };

export const isLaneMessage = (message: unknown): message is LaneMessage => {
  const load = (message as LaneMessage | null)?.lane;
  return typeof load?.requests === "number" && typeof load.agencies === "number";
};

export function createLaneReport(send: ((message: LaneMessage) => void) | null) {
  let requests = 0;
  const pagesByAgency = new Map<string, number>();
  const load = (): InstanceLoad => ({
    requests: Math.min(requests, 2) as InstanceLoad["requests"],
    agencies: Math.min(pagesByAgency.size, 3) as InstanceLoad["agencies"],
  });
  let reported = load();
  const report = () => {
    const now = load();
    if (now.requests !== reported.requests || now.agencies !== reported.agencies) send?.({ lane: now });
    reported = now;
  };
  return {
    /** A request started; `agency` is the agency of a page render, null for anything else. */
    started(agency: string | null) {
      requests++;
      if (agency !== null) pagesByAgency.set(agency, (pagesByAgency.get(agency) ?? 0) + 1);
      report();
    },
    finished(agency: string | null) {
      requests--;
      if (agency !== null) {
        const left = (pagesByAgency.get(agency) ?? 1) - 1;
        if (left > 0) pagesByAgency.set(agency, left);
        else pagesByAgency.delete(agency);
      }
      report();
    },
  };
}

/** The reporter of this process: it reports only when the cluster started it with an IPC channel (LANE_REPORT=1). */
export function laneReportOfThisProcess() {
  const send = process.env.LANE_REPORT === "1" && process.send ? process.send.bind(process) : null;
  return createLaneReport(send ? (message) => void send(message) : null);
}
