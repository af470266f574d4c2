/** The rows under their key, each group in the rows' order; `pick` is what a group keeps of a row (the row itself by default). */
export function groupBy<R, K, V = R>(
  rows: Iterable<R>,
  key: (row: R) => K,
  pick: (row: R) => V = (row) => row as unknown as V,
): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(pick(row));
    else groups.set(k, [pick(row)]);
  }
  return groups;
}

/** The rows under the value of their `field`, which the grouped rows no longer carry. */
export function groupByField<R extends object, F extends keyof R>(
  rows: Iterable<R>,
  field: F,
): Map<R[F], Omit<R, F>[]> {
  return groupBy(
    rows,
    (row) => row[field],
    (row) => {
      const rest: Partial<R> = { ...row };
      delete rest[field];
      return rest as Omit<R, F>;
    },
  );
}
