import type { ReactNode } from "react";
import { Breadcrumbs } from "./breadcrumbs";

type Crumb = { label: string; href?: string };

/** A page below another: where it sits (the trail ends with this page, unlinked), its title, then any lead text. */
export function TrailHeading({ trail, title, children }: { trail: Crumb[]; title: ReactNode; children?: ReactNode }) {
  return (
    <div>
      <Breadcrumbs items={trail} />
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
      {children}
    </div>
  );
}
