"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ButtonVariant } from "@/components/ui/button-class";

/**
 * A destructive button that asks once more in place ("Archive" → "Yes, archive"), instead of a browser dialog, so it
 * works the same with a keyboard, a screen reader and a test. Focus stays on the button between the two steps.
 */
export function ConfirmButton({
  label,
  confirmLabel,
  accessibleName,
  pending,
  onConfirm,
  variant = "danger",
}: {
  label: string;
  confirmLabel: string;
  accessibleName?: string;
  pending?: boolean;
  onConfirm: () => void;
  variant?: ButtonVariant;
}) {
  const [asking, setAsking] = useState(false);
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Button
        variant={variant}
        className="px-2 py-1 text-xs"
        pending={pending}
        aria-label={accessibleName ? `${asking ? confirmLabel : label}: ${accessibleName}` : undefined}
        onClick={() => (asking ? (setAsking(false), onConfirm()) : setAsking(true))}
        onBlur={() => setAsking(false)}
      >
        {asking ? confirmLabel : label}
      </Button>
    </span>
  );
}
