import { z } from "zod";
import { expectedVersionField } from "@/lib/domain/form-fields";

/** The danger zone's two forms (settings page): hand ownership to another leader, and delete the agency. */
export const transferOwnershipSchema = z.object({
  expectedVersion: expectedVersionField,
  membershipId: z.uuid({ message: "Choose the leader who becomes the owner." }),
});

export const deleteAgencySchema = z.object({
  confirmName: z
    .string({ message: "Type the agency's name to confirm." })
    .trim()
    .min(1, "Type the agency's name to confirm.")
    .max(120, "That is not the agency's name."),
});

/** The typed confirmation: the exact name (surrounding spaces aside), as the page shows it. */
export const confirmsName = (typed: string, name: string) => typed.trim() === name.trim();
