"use client";

import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** A "New …" button that opens its form in a panel below, so the list stays the first thing on the page. */
export function NewItemPanel({
  label,
  defaultOpen = false,
  children,
}: {
  label: string;
  defaultOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const panelId = useId();
  return (
    <div className="mb-4">
      <Button
        variant={open ? "secondary" : "primary"}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {open ? "Close" : label}
      </Button>
      {open && (
        <section
          id={panelId}
          aria-label={label}
          className="mt-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
        >
          <h2 className="mb-4 text-base font-semibold text-slate-900">{label}</h2>
          {children}
        </section>
      )}
    </div>
  );
}
