"use client";

import type { ButtonHTMLAttributes } from "react";
import { buttonClass, type ButtonSize, type ButtonVariant } from "./button-class";
import { useHydrated } from "./use-hydrated";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  pending?: boolean;
};

/**
 * A button. One of type "button" (the default) only runs a script, so it stays disabled until React has hydrated: a
 * click before then reaches no handler and is lost without a word. A submit button is its form's to disable: a GET
 * filter form works without JavaScript, and `FormShell` holds its own submit until `ready`.
 */
export function Button({
  variant = "primary",
  size = "md",
  pending = false,
  type = "button",
  className = "",
  children,
  disabled,
  ...rest
}: Props) {
  const hydrated = useHydrated();
  return (
    <button
      type={type}
      {...rest}
      disabled={disabled || pending || (type === "button" && !hydrated)}
      aria-busy={pending || undefined}
      className={buttonClass(variant, className, size)}
    >
      {children}
    </button>
  );
}
