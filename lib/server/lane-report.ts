/**
 * What a primary instance tells the cluster (scripts/cluster.ts) over its IPC channel: that it started or stopped
 * having requests in progress. The cluster pauses the overflow lane while the primaries work
 * (scripts/cluster/overflow-pause.ts). One message per change of state, not per request.
 */
export type LaneMessage = { lane: "busy" | "idle" };

export const isLaneMessage = (message: unknown): message is LaneMessage =>
  typeof message === "object" &&
  message !== null &&
  ((message as LaneMessage).lane === "busy" || (message as LaneMessage).lane === "idle");

export function createLaneReport(send: ((message: LaneMessage) => void) | null) {
  let inProgress = 0;
  return {
    started() {
      if (++inProgress === 1) send?.({ lane: "busy" });
    },
    finished() {
      if (--inProgress === 0) send?.({ lane: "idle" });
    },
  };
}

/** The reporter of this process: it reports only when the cluster started it as a primary with an IPC channel. */
export function laneReportOfThisProcess() {
  const send = process.env.LANE_ROLE === "primary" && process.send ? process.send.bind(process) : null;
  return createLaneReport(send ? (message) => void send(message) : null);
}
