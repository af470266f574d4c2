import { Card } from "@/components/ui/card";
import type { Dashboard } from "@/lib/domain/portfolio/dashboard";
import { BarList } from "./bar-list";
import { HEALTH_ROWS, PROJECT_ROWS, RECENCY_ROWS } from "./labels";

function Empty({ children }: { children: string }) {
  return <p className="text-sm text-slate-500">{children}</p>;
}

/** Account health bands, check-in recency against each tier's cadence, and the project RAG roll-up. */
export function Distributions({ dashboard }: { dashboard: Dashboard }) {
  const { health, recency, projectStatus } = dashboard;
  const accounts = dashboard.headline.accounts;
  const projects = Object.values(projectStatus).reduce((a, b) => a + b, 0);
  return (
    <>
      <Card id="health" title="Account health" description="Health score bands of active and at-risk accounts.">
        {accounts === 0 ? (
          <Empty>No accounts in this view.</Empty>
        ) : (
          <BarList
            label="Accounts by health band"
            testId="health-distribution"
            rows={HEALTH_ROWS.map((r) => ({ ...r, value: health[r.key] }))}
          />
        )}
      </Card>
      <Card
        id="recency"
        title="Check-in recency"
        description="Days since the last check-in, against the tier's cadence."
      >
        {accounts === 0 ? (
          <Empty>No accounts in this view.</Empty>
        ) : (
          <BarList
            label="Accounts by check-in recency"
            testId="recency-distribution"
            rows={RECENCY_ROWS.map((r) => ({ ...r, value: recency[r.key] }))}
          />
        )}
      </Card>
      <Card id="projects" title="Projects" description="Status of the projects on these accounts.">
        {projects === 0 ? (
          <Empty>No projects in this view.</Empty>
        ) : (
          <BarList
            label="Projects by status"
            testId="project-status"
            rows={PROJECT_ROWS.map((r) => ({ ...r, value: projectStatus[r.key] }))}
          />
        )}
      </Card>
    </>
  );
}
