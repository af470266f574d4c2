"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

type Props = {
  /** Rendered once the placeholder comes within `margin` of the viewport. */
  children: ReactNode;
  /** Shown until then, and to readers without JavaScript: it should carry the same facts in words. */
  placeholder: ReactNode;
  height: number;
  margin?: string;
};

/**
 * Mounts its children only when they are about to scroll into view. Charts below the fold use it so that recharts
 * (about a third of the dashboard's JavaScript) is not part of the page's first load; see docs/PERFORMANCE.md.
 */
export function WhenVisible({ children, placeholder, height, margin = "200px" }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || visible) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin, visible]);
  return (
    <div ref={ref} style={{ minHeight: height }}>
      {visible ? children : placeholder}
    </div>
  );
}
