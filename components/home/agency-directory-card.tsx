import type { DemoDirectoryEntry } from "@/lib/domain/agencies/demo-directory";
import { HeaderRow, numeric } from "@/components/ui/table";

const MAX_LISTED = 8;

export function AgencyDirectoryCard({ agency }: { agency: DemoDirectoryEntry }) {
  const listed = agency.accountManagers.slice(0, MAX_LISTED);
  const hidden = agency.accountManagers.length - listed.length;
  const totalAccounts = agency.accountManagers.reduce((sum, am) => sum + am.activeAccounts, 0);
  return (
    <article
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
      data-testid={`agency-${agency.slug}`}
    >
      <h3 className="text-base font-semibold">{agency.name}</h3>
      <p className="mt-0.5 text-sm text-slate-600">
        {agency.employeeCount} employees · {agency.accountManagers.length} account managers · {totalAccounts} active
        accounts
      </p>
      <table className="mt-4 w-full text-sm">
        <caption className="sr-only">Account managers of {agency.name} and their active accounts</caption>
        <HeaderRow look="compact" cells={["Account manager", numeric("Active accounts")]} />
        <tbody>
          {listed.map((am) => (
            <tr key={am.membershipId} className="border-t border-slate-100">
              <td className="py-1.5 pr-3">{am.name}</td>
              <td className="py-1.5 pl-3 text-right font-mono tabular-nums">{am.activeAccounts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && <p className="mt-2 text-xs text-slate-500">and {hidden} more</p>}
    </article>
  );
}
