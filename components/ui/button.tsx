"use client";

import type { ButtonHTMLAttributes } from "react";
import { buttonClass, type ButtonSize, type ButtonVariant } from "./button-class";
import { useHydrated } from "./use-hydrated";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  pending?: boolean;
  /** Disabled until React has hydrated. The default for type "button"; `FormShell` sets it on its submit. */
  awaitHydration?: boolean;
};

/**
 * A button. One of type "button" (the default) only runs a script, so it stays disabled until React has hydrated: a
 * click before then reaches no handler and is lost without a word. A submit button works without JavaScript in a GET
 * filter form, so it waits only when told to (`awaitHydration`, as `FormShell`'s does).
 */
export function Button({
  variant = "primary",
  size = "md",
  pending = false,
  type = "button",
  awaitHydration = type === "button",
  className = "",
  children,
  disabled,
  ...rest
}: Props) {
  const hydrated = useHydrated();
  // Waiting for hydration is not a refusal: the button keeps its look (no dimming on every page load), just not yet
  // pressable.
  const waiting = awaitHydration && !hydrated;
  const refused = Boolean(disabled || pending);
  return (
    <button
      type={type}
      {...rest}
      disabled={refused || waiting}
      aria-busy={pending || undefined}
      className={buttonClass(variant, className, size, { dimDisabled: refused || !waiting })}
    >
      {children}
    </button>
  );
}
