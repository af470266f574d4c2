import type { ReactNode } from "react";
import { Card } from "./card";

/** One titled card of a page; `id` is its anchor and names its heading for screen readers. */
export type CardSection = {
  id: string;
  title: string;
  description?: ReactNode;
  className?: string;
  body: ReactNode;
};

/**
 * A page's cards in reading order: the page lists what it shows (a section it may not show is `false`), one renderer
 * draws every card alike. The caller's wrapper decides the layout (a stack, a grid).
 */
export function SectionCards({ sections }: { sections: (CardSection | false)[] }) {
  return sections.map(
    (section) =>
      section && (
        <Card
          key={section.id}
          id={section.id}
          title={section.title}
          description={section.description}
          className={section.className}
        >
          {section.body}
        </Card>
      ),
  );
}
