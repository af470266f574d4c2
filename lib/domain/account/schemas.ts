import { z } from "zod";
import { password } from "@/lib/domain/members/schemas";

/** An explicit scope, so a stray or malformed call is refused rather than signing everyone out. */
export const signOutEverywhereSchema = z.object({ scope: z.literal("everywhere", { message: "Unknown scope." }) });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200, "Password is too long."),
    newPassword: password,
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
  });
