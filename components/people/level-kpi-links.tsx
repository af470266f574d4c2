import type { KpiDefinition } from "@/lib/domain/people/level-kpis";
import { trackedBy } from "./labels";

/** A level's linked KPIs with who tracks each; a link whose definitions were all archived since says so. */
export function LevelKpiLinks({ names, definitions }: { names: string[]; definitions: KpiDefinition[] }) {
  if (names.length === 0) return <span className="text-slate-600">—</span>;
  const byName = new Map(definitions.map((d) => [d.name, d]));
  return (
    <ul className="space-y-1" aria-label="Linked KPIs">
      {names.map((name) => {
        const d = byName.get(name);
        return (
          <li key={name}>
            <span className="font-medium text-slate-800">{name}</span>{" "}
            <span className={d ? "text-slate-600" : "text-amber-800"}>
              {d ? trackedBy(d) : "no live KPI has this name any more"}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
