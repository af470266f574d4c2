import type { ReactNode } from "react";

/** A white panel with an optional heading; `labelledBy` ties a <section> to its heading for screen readers. */
export function Card({
  title,
  description,
  id,
  children,
  className = "",
}: {
  title?: string;
  description?: ReactNode;
  id?: string;
  children: ReactNode;
  className?: string;
}) {
  const headingId = id && title ? `${id}-heading` : undefined;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 ${className}`}
    >
      {title && (
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
      )}
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      <div className={title || description ? "mt-4" : ""}>{children}</div>
    </section>
  );
}
