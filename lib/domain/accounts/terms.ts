/**
 * An account's terms: what it is, what it is worth, how hard it is and its dates. Selected alike by the edit form's
 * conflict answer, the account writes, the CSV export and the import's comparison with what is stored.
 */
export const ACCOUNT_TERMS = {
  kind: true,
  monthlyValue: true,
  complexity: true,
  status: true,
  startDate: true,
  renewalDate: true,
} as const;
