import type { ReactNode } from "react";
import { Breadcrumbs } from "./breadcrumbs";

type Props = {
  trail: { label: string; href?: string }[];
  title: string;
  /** Status words beside the title (badges), on its line. */
  badges?: ReactNode;
  /** Lead text under the title. */
  children?: ReactNode;
};

/** A page below another: where it sits (the trail ends with this page, unlinked), its title, then any lead text. */
export function TrailHeading({ trail, title, badges, children }: Props) {
  const heading = <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>;
  return (
    <div>
      <Breadcrumbs items={trail} />
      {badges ? (
        <div className="flex flex-wrap items-center gap-2">
          {heading}
          {badges}
        </div>
      ) : (
        heading
      )}
      {children}
    </div>
  );
}
