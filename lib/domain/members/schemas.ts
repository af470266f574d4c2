import { z } from "zod";
import { PASSWORD_POLICY } from "@/lib/auth/credentials";
import { ROLES } from "@/lib/auth/permissions";

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .pipe(z.email({ message: "Enter a valid email address." }));

export const personName = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(120, "Name is too long (120 characters at most).");

export const password = z
  .string()
  .min(PASSWORD_POLICY.minLength, `Use at least ${PASSWORD_POLICY.minLength} characters.`)
  .max(PASSWORD_POLICY.maxLength, "Password is too long.");

export const roles = z
  .array(z.enum(ROLES, { message: "Unknown role." }))
  .min(1, "Choose at least one role.")
  .max(ROLES.length)
  .transform((list) => [...new Set(list)]);

export const uuid = z.uuid({ message: "Unknown id." });

export const signUpSchema = z.object({
  name: personName,
  email,
  password,
  agencyName: z.string().trim().min(2, "Enter your agency's name.").max(120, "Agency name is too long."),
  employeeCount: z.coerce
    .number({ message: "Enter the number of employees." })
    .int("Use a whole number.")
    .min(1, "An agency has at least 1 employee.")
    .max(1_000_000, "That is more employees than we support."),
  currency: z.enum(["USD", "EUR", "GBP", "CAD", "AUD"], { message: "Choose a currency." }).default("USD"),
});

export const signUpWithInvitationSchema = z.object({
  name: personName,
  email,
  password,
  token: z.string().min(10).max(200),
});

export const inviteSchema = z.object({ email, roles });
export const changeRolesSchema = z.object({ membershipId: uuid, roles });
export const membershipIdSchema = z.object({ membershipId: uuid });
export const invitationIdSchema = z.object({ invitationId: uuid });
export const acceptInvitationSchema = z.object({ token: z.string().min(10).max(200) });
