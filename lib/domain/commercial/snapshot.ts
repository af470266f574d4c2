/**
 * The commercial part of the portfolio snapshot: one row per account that has a retainer scope, hours or value
 * history, read by one grouped query (queries.ts `readCommercialRows`) and handed to the pure rules.
 */
import type { ValueEvent } from "./nrr";
import type { MonthUsage, RetainerTerms } from "./over-servicing";

export type CommercialAccount = {
  accountId: string;
  accountName: string;
  clientId: string;
  clientName: string;
  /** The current owner. */
  amId: string;
  archived: boolean;
  scope: RetainerTerms | null;
  /** Hours and absorbed scope-request hours per month of the over-servicing window. */
  usage: MonthUsage[];
};

export type CommercialSnapshot = {
  currency: string;
  accounts: CommercialAccount[];
  /** Value history of the growth window, plus each account's last change before it. */
  valueEvents: ValueEvent[];
};
