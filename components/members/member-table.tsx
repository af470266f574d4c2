import { MemberRow, type MemberView } from "./member-row-client";

const th = "px-3 py-2 text-left text-xs font-medium tracking-wide text-slate-500 uppercase";

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
      <thead className="hidden md:table-header-group">
        <tr>
          <th scope="col" className={th}>
            Member
          </th>
          <th scope="col" className={th}>
            Roles
          </th>
          <th scope="col" className={th}>
            Status
          </th>
          {canManage && (
            <th scope="col" className={`${th} text-right`}>
              <span className="sr-only">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody className="block md:table-row-group">
        {members.map((m) => (
          <MemberRow key={m.membershipId} agencySlug={agencySlug} m={m} canManage={canManage} />
        ))}
      </tbody>
    </table>
  );
}
