import { MemberRow, type MemberView } from "./member-row-client";
import { HeaderRow, srOnly } from "@/components/ui/table";

/** Members as a table on wide screens and stacked cards on phones (same markup, CSS only). */
export function MemberTable({
  agencySlug,
  members,
  canManage,
}: {
  agencySlug: string;
  members: MemberView[];
  canManage: boolean;
}) {
  if (members.length === 0) return <p className="text-sm text-slate-600">No members yet.</p>;
  return (
    <table className="block w-full text-sm md:table">
      <caption className="sr-only">Members of this agency, their roles and status</caption>
      <HeaderRow
        look="caps"
        className="hidden md:table-header-group"
        cells={["Member", "Roles", "Status", canManage && srOnly("Actions", "text-right")]}
      />
      <tbody className="block md:table-row-group">
        {members.map((m) => (
          <MemberRow key={m.membershipId} agencySlug={agencySlug} m={m} canManage={canManage} />
        ))}
      </tbody>
    </table>
  );
}
