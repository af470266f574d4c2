import type { TenantTx } from "@/lib/db/tenant";

/** Reads of contacts; agencyId is required and in every where (row-level security checks it again). */

/** A contact as the client page lists it and the contact writes return it. */
export const CONTACT_CARD = {
  id: true,
  name: true,
  title: true,
  email: true,
  phone: true,
  isPrimary: true,
  active: true,
} as const;

export type ClientContact = {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  isPrimary: boolean;
  active: boolean;
  /** Set when they were marked as having left the client (issue 16): where they went, if known. */
  departure: { leftOn: Date; newCompany: string | null; newRole: string | null } | null;
};

export const CONTACT_LIST_LIMIT = 200;

/** A client's contacts: active first, the primary first among them, then by name. Inactive ones stay visible. */
export function listClientContacts(tx: TenantTx, agencyId: string, clientId: string): Promise<ClientContact[]> {
  return tx.contact.findMany({
    where: { agencyId, clientId },
    orderBy: [{ active: "desc" }, { isPrimary: "desc" }, { name: "asc" }],
    take: CONTACT_LIST_LIMIT,
    select: {
      ...CONTACT_CARD,
      departure: { select: { leftOn: true, newCompany: true, newRole: true } },
    },
  });
}
