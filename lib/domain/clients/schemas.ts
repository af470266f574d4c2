import { z } from "zod";
import { optionalDateField, optionalText, requiredText, uuidField } from "@/lib/domain/form-fields";

export const CLIENT_TIERS = ["TIER_1", "TIER_2", "TIER_3"] as const;
export const CLIENT_STATUSES = ["ACTIVE", "PAUSED", "CHURNED"] as const;
export type ClientTierValue = (typeof CLIENT_TIERS)[number];
export type ClientStatusValue = (typeof CLIENT_STATUSES)[number];

/** Column lengths of "Client" (prisma/schema.prisma). */
export const CLIENT_LIMITS = { nameMax: 160, industryMax: 80, searchMax: 100 } as const;

const clientFields = {
  name: requiredText("the client's name", CLIENT_LIMITS.nameMax),
  industry: optionalText("the industry", CLIENT_LIMITS.industryMax),
  tier: z.enum(CLIENT_TIERS, { message: "Choose a tier." }),
  status: z.enum(CLIENT_STATUSES, { message: "Choose a status." }),
  /** "Client since" is a fact about the past: not in the future. */
  clientSince: optionalDateField("the client-since date", 0),
};

export const createClientSchema = z.object(clientFields);
export const editClientSchema = z.object({ clientId: uuidField(), ...clientFields });
export const archiveClientSchema = z.object({ clientId: uuidField() });

/** The list's GET parameters; anything unknown is ignored rather than an error (it is a URL, not a form). */
export const clientListFilterSchema = z.object({
  q: z.string().trim().max(CLIENT_LIMITS.searchMax).optional().catch(undefined),
  tier: z.enum(CLIENT_TIERS).optional().catch(undefined),
  status: z.enum(CLIENT_STATUSES).optional().catch(undefined),
});
export type ClientListFilter = z.infer<typeof clientListFilterSchema>;
