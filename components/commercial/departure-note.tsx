import type { ClientContact } from "@/lib/domain/contacts/queries";
import { isoDay } from "@/lib/format/dates";

/** Where a contact who left the client went: the relationship may follow them to the new company. */
export function DepartureNote({ departure }: { departure: NonNullable<ClientContact["departure"]> }) {
  const { newCompany, newRole } = departure;
  const where =
    newCompany && newRole
      ? `now ${newRole} at ${newCompany}`
      : newCompany
        ? `now at ${newCompany}`
        : newRole
          ? `now ${newRole}`
          : "new company not known";
  return (
    <p className="mt-0.5 text-sm text-slate-700" data-testid="contact-departure">
      Left on {isoDay(departure.leftOn)} · {where}
    </p>
  );
}
