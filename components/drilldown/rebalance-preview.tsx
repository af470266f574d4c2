import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import { AmLink } from "@/components/portfolio/subject-link";
import type { BookPreview, RebalanceMove, RebalancePlan } from "@/lib/domain/portfolio/rebalancing";
import { formatAmount } from "@/lib/domain/portfolio/text";
import { AmStatusBadge } from "./badges";
import { TableScroll } from "@/components/ui/empty-state";
import { HeaderRow, numeric, srOnly } from "@/components/ui/table";

type Props = {
  slug: string;
  plan: RebalancePlan;
  /**
   * Slot for the action that applies one move (wired later to the audited `applyMove` server action by whoever owns
   * it). Not rendered while absent: this preview is read-only.
   */
  applyMove?: (move: RebalanceMove) => ReactNode;
};

function Change({ book }: { book: Pick<BookPreview, "before" | "after"> }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5 whitespace-nowrap">
      <span className="font-mono tabular-nums">{formatAmount(book.before.weightedLoad)}</span>
      <span aria-label="becomes">→</span>
      <span className="font-mono font-semibold tabular-nums">{formatAmount(book.after.weightedLoad)}</span>
      <AmStatusBadge status={book.after.status} />
    </span>
  );
}

/** The suggested hand-overs for an overloaded AM, with both books before and after: a preview, nothing is applied. */
export function RebalancePreview({ slug, plan, applyMove }: Props) {
  return (
    <div data-testid="rebalance-preview">
      <p className="text-sm text-slate-700">{plan.explanation}</p>
      {plan.moves.length > 0 && (
        <TableScroll label="Suggested moves (scrolls sideways)">
          <table className="mt-4 w-full min-w-[680px] text-sm">
            <caption className="sr-only">
              Suggested moves, lowest-touch accounts first, with each book before and after
            </caption>
            <HeaderRow
              cells={[
                "Account",
                numeric("Weight"),
                "Hand to",
                `${plan.giver.amName}: before → after`,
                "Receiver: before → after",
                applyMove && srOnly("Apply"),
              ]}
            />
            <tbody>
              {plan.moves.map((move) => (
                <tr key={move.accountId} className="border-b border-slate-100 last:border-0">
                  <th scope="row" className="py-2 pr-3 text-left font-normal">
                    <Link
                      href={`/${slug}/accounts/${move.accountId}`}
                      className="text-indigo-700 underline-offset-2 hover:underline"
                    >
                      {move.accountName}
                    </Link>
                  </th>
                  <td className="px-3 py-2 text-right font-mono tabular-nums">{formatAmount(move.weight)}</td>
                  <td className="px-3 py-2">
                    <AmLink slug={slug} id={move.to.amId} name={move.to.amName} />
                  </td>
                  <td className="px-3 py-2">
                    <Change book={move.from} />
                  </td>
                  <td className={`py-2 pl-3 ${applyMove ? "pr-3" : ""}`}>
                    <Change book={move.to} />
                  </td>
                  {applyMove && <td className="py-2 pl-3">{applyMove(move)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h3 className="mt-5 text-sm font-semibold text-slate-900">Books after the whole plan</h3>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {[plan.giver, ...plan.receivers].map((book) => (
          <li
            key={book.amId}
            className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 px-3 py-2 text-sm"
          >
            <AmLink slug={slug} id={book.amId} name={book.amName} />
            <Change book={book} />
          </li>
        ))}
      </ul>
      <p className="mt-3 text-xs text-slate-500">
        A preview only: nothing changes until a leader applies a move, which is recorded in the audit log.
      </p>
    </div>
  );
}
