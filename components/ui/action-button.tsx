"use client";

import type { ComponentProps } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Alert } from "./alert";
import { Button } from "./button";
import { useActionForm, type ActionFormOptions } from "./use-action-form";

/** A button that runs one server action: pending while it runs, the refusal shown above it. */
export function ActionButton<T>({
  action,
  options,
  className,
  ...button
}: Omit<ComponentProps<typeof Button>, "onClick" | "pending"> & {
  action: () => Promise<ActionResult<T>>;
  options?: ActionFormOptions<T>;
}) {
  const { pending, message, submit } = useActionForm<T>(options);
  return (
    <div className={className}>
      {message && <Alert>{message}</Alert>}
      <Button variant="secondary" pending={pending} onClick={() => submit(action)} {...button} />
    </div>
  );
}
