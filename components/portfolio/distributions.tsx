import { Card } from "@/components/ui/card";
import type { Dashboard } from "@/lib/domain/portfolio/dashboard";
import { BarList, type BarListRow } from "./bar-list";
import { HEALTH_ROWS, PROJECT_ROWS, RECENCY_ROWS } from "./labels";

type Row<K extends string> = { key: K; label: string; color: string };

function counted<K extends string>(rows: readonly Row<K>[], counts: Record<K, number>) {
  return rows.map((row) => ({ ...row, value: counts[row.key] }));
}

/**
 * "Accounts by health band": the bars of one count, every counted thing in exactly one bar; with nothing counted in
 * this view, a line saying so instead of empty bars.
 */
function Distribution({ of, by, testId, rows }: { of: string; by: string; testId: string; rows: BarListRow[] }) {
  if (!rows.some((r) => r.value > 0)) return <p className="text-sm text-slate-500">No {of} in this view.</p>;
  const label = `${of.charAt(0).toUpperCase()}${of.slice(1)} by ${by}`;
  return <BarList label={label} testId={testId} rows={rows} />;
}

/** Account health bands, check-in recency against each tier's cadence, and the project RAG roll-up. */
export function Distributions({ dashboard }: { dashboard: Dashboard }) {
  const { health, recency, projectStatus } = dashboard;
  return (
    <>
      <Card id="health" title="Account health" description="Health score bands of active and at-risk accounts.">
        <Distribution of="accounts" by="health band" testId="health-distribution" rows={counted(HEALTH_ROWS, health)} />
      </Card>
      <Card
        id="recency"
        title="Check-in recency"
        description="Days since the last check-in, against the tier's cadence."
      >
        <Distribution
          of="accounts"
          by="check-in recency"
          testId="recency-distribution"
          rows={counted(RECENCY_ROWS, recency)}
        />
      </Card>
      <Card id="projects" title="Projects" description="Status of the projects on these accounts.">
        <Distribution of="projects" by="status" testId="project-status" rows={counted(PROJECT_ROWS, projectStatus)} />
      </Card>
    </>
  );
}
