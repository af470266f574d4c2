"use client";

import { createElement, type ComponentProps } from "react";
import { useHydrated } from "./use-hydrated";

type Tag = "input" | "select" | "textarea";

/**
 * An input, select or textarea whose change React handles (an `onChange`: a controlled field, a tick that saves, a
 * file to read), disabled until React has hydrated: what is typed, chosen or ticked before then reaches no handler and
 * never gets into the state. The shared fields use it for themselves when given an `onChange`; a hand-made control
 * takes it in place of its element (`<HydratedControl as="select" value={…} onChange={…}>`), with the same classes.
 */
export function HydratedControl<T extends Tag>({ as, ...props }: { as: T } & ComponentProps<T>) {
  const hydrated = useHydrated();
  const { disabled } = props as { disabled?: boolean };
  return createElement(as, { ...props, disabled: disabled || !hydrated });
}
