import { Badge } from "@/components/ui/badge";
import { EmptyState, TableScroll } from "@/components/ui/empty-state";
import type { JobRunRow } from "@/lib/jobs/job-runs";
import { RECURRING } from "@/lib/jobs/crontab";

const at = (d: Date | null) => (d ? `${d.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—");

/** The leaders' view of the background jobs: last run of each recurring job, and the last failure with its message. */
export function JobStatus({ runs }: { runs: JobRunRow[] }) {
  const byTask = new Map(runs.map((r) => [r.task, r]));
  if (runs.length === 0) {
    return <EmptyState>No background job has run for this agency yet. They run every few minutes.</EmptyState>;
  }
  return (
    <TableScroll label="Background jobs">
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className="px-3 py-2 text-left font-medium">Job</th>
            <th className="px-3 py-2 text-left font-medium">Last run</th>
            <th className="px-3 py-2 text-left font-medium">Status</th>
            <th className="px-3 py-2 text-left font-medium">Last failure</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {RECURRING.map((job) => {
            const run = byTask.get(job.task);
            return (
              <tr key={job.task}>
                <td className="px-3 py-2 font-medium text-slate-900">{job.label}</td>
                <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                  {at(run?.lastFinishedAt ?? run?.lastStartedAt ?? null)}
                </td>
                <td className="px-3 py-2">
                  {!run ? (
                    <Badge>Not run yet</Badge>
                  ) : run.lastOk === false ? (
                    <Badge tone="rose">Failed (retrying)</Badge>
                  ) : run.lastOk ? (
                    <Badge tone="emerald">OK</Badge>
                  ) : (
                    <Badge tone="amber">Running</Badge>
                  )}
                </td>
                <td className="px-3 py-2 text-slate-700">
                  {run?.lastError ? `${at(run.lastErrorAt)}: ${run.lastError}` : "None"}
                  {run && run.failures > 0 ? ` (${run.failures} of ${run.runs} runs failed)` : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
